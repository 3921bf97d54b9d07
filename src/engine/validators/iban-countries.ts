/**
 * IBAN length per country (ISO 13616 registry, release 2024/2025): every SEPA member plus the
 * other countries that issue IBANs.
 */
const IBAN_LENGTHS =
  'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 ' +
  'DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 ' +
  'IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 ' +
  'MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 ' +
  'SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30';

/** Shortest IBAN of any country (Norway): shorter text cannot hold one. */
export const MIN_IBAN_LENGTH = 15;

// Indexed by (first letter * 26 + second letter); 0 means "not an IBAN country".
const LENGTH_BY_COUNTRY = buildTable();

function buildTable(): Uint8Array {
  const table = new Uint8Array(26 * 26);
  for (const entry of IBAN_LENGTHS.split(' ')) {
    table[(entry.charCodeAt(0) - 65) * 26 + (entry.charCodeAt(1) - 65)] = Number(entry.slice(2));
  }
  return table;
}

/**
 * Total IBAN length (without spaces) for the country whose two letters are the char codes
 * `first` and `second`, either case; 0 when the country does not use IBANs.
 */
export function ibanLengthForCountry(first: number, second: number): number {
  const a = (first | 32) - 97;
  const b = (second | 32) - 97;
  if (a < 0 || a > 25 || b < 0 || b > 25) return 0;
  return LENGTH_BY_COUNTRY[a * 26 + b]!;
}
