// Generators of valid structured numbers: payment cards (Luhn), US SSNs, IBANs (mod-97), phones.
// Each arbitrary yields `{ kind, value }` where `value` is exactly what is planted in text.
import fc from 'fast-check';

export interface Planted {
  /** Short label for failure messages, e.g. `card/amex/grouped`. */
  readonly kind: string;
  readonly value: string;
}

const digit = fc.integer({ min: 0, max: 9 });

function digits(count: number): fc.Arbitrary<string> {
  return fc.array(digit, { minLength: count, maxLength: count }).map((ds) => ds.join(''));
}

/** Luhn check digit for a payload of digits (the check digit goes last). */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = payload.charCodeAt(payload.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

interface Issuer {
  readonly name: string;
  readonly prefixes: readonly string[];
  readonly length: number;
  /** Group lengths of the printed form. */
  readonly groups: readonly number[];
}

const FOUR_BY_FOUR = [4, 4, 4, 4];

const ISSUERS: readonly Issuer[] = [
  { name: 'visa16', prefixes: ['4'], length: 16, groups: FOUR_BY_FOUR },
  { name: 'visa13', prefixes: ['4'], length: 13, groups: [13] },
  { name: 'mastercard', prefixes: ['51', '52', '53', '54', '55'], length: 16, groups: FOUR_BY_FOUR },
  { name: 'mastercard2', prefixes: ['2221', '2300', '2500', '2720', '2610'], length: 16, groups: FOUR_BY_FOUR },
  { name: 'amex', prefixes: ['34', '37'], length: 15, groups: [4, 6, 5] },
  { name: 'discover', prefixes: ['6011', '644', '65'], length: 16, groups: FOUR_BY_FOUR },
  { name: 'jcb', prefixes: ['3528', '3540', '3589'], length: 16, groups: FOUR_BY_FOUR },
  { name: 'diners', prefixes: ['36', '300', '305'], length: 14, groups: [4, 6, 4] },
  { name: 'unionpay', prefixes: ['62'], length: 16, groups: FOUR_BY_FOUR },
];

function group(value: string, lengths: readonly number[], separator: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const length of lengths) {
    parts.push(value.slice(at, at + length));
    at += length;
  }
  return parts.join(separator);
}

/** Luhn-valid numbers of real issuer ranges, contiguous or in their printed grouping. */
export const cardNumber: fc.Arbitrary<Planted> = fc
  .record({
    issuer: fc.constantFrom(...ISSUERS),
    prefixIndex: fc.nat(),
    body: digits(19),
    separator: fc.constantFrom('', ' ', '-'),
  })
  .map(({ issuer, prefixIndex, body, separator }) => {
    const prefix = issuer.prefixes[prefixIndex % issuer.prefixes.length]!;
    const payload = (prefix + body).slice(0, issuer.length - 1);
    const number = payload + luhnCheckDigit(payload);
    const printed = separator === '' || issuer.groups.length === 1 ? number : group(number, issuer.groups, separator);
    return { kind: `card/${issuer.name}/${separator === '' ? 'contiguous' : JSON.stringify(separator)}`, value: printed };
  });

const VOIDED_SSNS = new Set(['078-05-1120', '219-09-9999']);

/** Issuable SSNs (area 001–899 except 666, group 01–99, serial 0001–9999), hyphen or space separated. */
export const ssn: fc.Arbitrary<Planted> = fc
  .record({
    area: fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666),
    group: fc.integer({ min: 1, max: 99 }),
    serial: fc.integer({ min: 1, max: 9999 }),
    separator: fc.constantFrom('-', ' '),
  })
  .map(({ area, group: g, serial, separator }) => {
    const parts = [String(area).padStart(3, '0'), String(g).padStart(2, '0'), String(serial).padStart(4, '0')];
    return { kind: `ssn/${JSON.stringify(separator)}`, value: parts.join(separator) };
  })
  .filter((planted) => !VOIDED_SSNS.has(planted.value.replace(/ /g, '-')));

/** Country and total IBAN length (a subset of the ISO 13616 registry, several shapes). */
const IBAN_COUNTRIES: readonly (readonly [string, number])[] = [
  ['DE', 22], ['GB', 22], ['FR', 27], ['ES', 24], ['IT', 27], ['NL', 18], ['BE', 16], ['CH', 21],
  ['AT', 20], ['PL', 28], ['NO', 15], ['IE', 22], ['PT', 25], ['SE', 24], ['MT', 31], ['LC', 32],
  ['BR', 29], ['SA', 24], ['TR', 26], ['UA', 29],
];

const IBAN_BBAN_CHARS = '0123456789012345678901234567890123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ISO 7064 mod 97-10 check digits for `country` + `bban`. */
export function ibanCheckDigits(country: string, bban: string): string {
  const rearranged = bban + country + '00';
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    remainder = code >= 65 ? (remainder * 100 + (code - 55)) % 97 : (remainder * 10 + (code - 48)) % 97;
  }
  return String(98 - remainder).padStart(2, '0');
}

/** Mod-97 valid IBANs: compact or in groups of four; upper case, sometimes all lower case. */
export const iban: fc.Arbitrary<Planted> = fc
  .record({
    country: fc.constantFrom(...IBAN_COUNTRIES),
    chars: fc.array(fc.constantFrom(...IBAN_BBAN_CHARS), { minLength: 30, maxLength: 30 }),
    grouped: fc.boolean(),
    lower: fc.boolean(),
  })
  .map(({ country: [code, length], chars, grouped, lower }) => {
    const bban = chars.slice(0, length - 4).join('');
    const compact = code + ibanCheckDigits(code, bban) + bban;
    let printed = grouped ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
    if (lower) printed = printed.toLowerCase();
    return { kind: `iban/${code}/${grouped ? 'grouped' : 'compact'}${lower ? '/lower' : ''}`, value: printed };
  });

// --- Phones ----------------------------------------------------------------------------

/** NANP area code: N(0-8)X, not N11, 37X or 96X. */
const nanpArea = fc
  .tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 8 }), digit)
  .filter(([a, b, c]) => !(b === 1 && c === 1) && !(a === 3 && b === 7) && !(a === 9 && b === 6))
  .map((ds) => ds.join(''));

/** NANP central office code: NXX, not N11. */
const nanpExchange = fc
  .tuple(fc.integer({ min: 2, max: 9 }), digit, digit)
  .filter(([, b, c]) => !(b === 1 && c === 1))
  .map((ds) => ds.join(''));

const NANP_FORMATS: readonly ((a: string, e: string, s: string) => string)[] = [
  (a, e, s) => `+1 ${a} ${e} ${s}`,
  (a, e, s) => `+1-${a}-${e}-${s}`,
  (a, e, s) => `+1${a}${e}${s}`,
  (a, e, s) => `+1 (${a}) ${e}-${s}`,
  (a, e, s) => `(${a}) ${e}-${s}`,
  (a, e, s) => `${a}-${e}-${s}`,
  (a, e, s) => `${a}.${e}.${s}`,
  (a, e, s) => `1-${a}-${e}-${s}`,
];

export const nanpPhone: fc.Arbitrary<Planted> = fc
  .record({ area: nanpArea, exchange: nanpExchange, subscriber: digits(4), format: fc.nat({ max: NANP_FORMATS.length - 1 }) })
  .map(({ area, exchange, subscriber, format }) => ({
    kind: `phone/nanp/${format}`,
    value: NANP_FORMATS[format]!(area, exchange, subscriber),
  }));

/** UK numbers: London (20), other geographic (1xx), mobile (7xxx), international and national forms. */
export const ukPhone: fc.Arbitrary<Planted> = fc
  .record({
    shape: fc.constantFrom('london', 'geographic', 'mobile'),
    second: fc.constantFrom('0', '3', '4', '8', '9'),
    areaTail: fc.tuple(fc.integer({ min: 1, max: 9 }), digit).map((ds) => ds.join('')),
    rest: digits(9),
    international: fc.constantFrom('+44 ', '+44 (0)', '0', '0044 '),
  })
  .map(({ shape, second, areaTail, rest, international }) => {
    // NSN (without trunk 0): London 2X XXXX XXXX, geographic 1XX XXX XXXX, mobile 7XXX XXXXXX.
    let nsn: string;
    if (shape === 'london') nsn = `2${second} ${rest.slice(0, 4)} ${rest.slice(4, 8)}`;
    else if (shape === 'geographic') nsn = `1${areaTail} ${rest.slice(0, 3)} ${rest.slice(3, 7)}`;
    else nsn = `7${rest.slice(0, 3)} ${rest.slice(3, 9)}`;
    return { kind: `phone/uk/${shape}/${international.trim()}`, value: international + nsn };
  });

/** German numbers: the four two-digit areas, a four-digit area, and mobiles; several written forms. */
export const dePhone: fc.Arbitrary<Planted> = fc
  .record({
    shape: fc.constantFrom('city', 'area4', 'mobile'),
    city: fc.constantFrom('30', '40', '69', '89'),
    area4: fc.constantFrom('6221', '7531', '2361', '5121'),
    mobile: fc.constantFrom('151', '152', '157', '160', '170', '176', '179'),
    lead: fc.integer({ min: 1, max: 9 }),
    subscriber: digits(7),
    subscriberLength: fc.integer({ min: 6, max: 8 }),
    form: fc.constantFrom('intl', 'national', 'paren', 'slash'),
  })
  .map(({ shape, city, area4, mobile, lead, subscriber, subscriberLength, form }) => {
    // Subscriber numbers never start with 0; NSN lengths: city 2+7..8, area4 4+6..7, mobile 3+7..8.
    const number = (length: number) => `${lead}${subscriber.slice(0, length - 1)}`;
    const [area, local] =
      shape === 'city'
        ? [city, number(Math.max(7, subscriberLength))]
        : shape === 'area4'
          ? [area4, number(Math.min(7, subscriberLength))]
          : [mobile, number(mobile.startsWith('15') ? 8 : Math.max(7, subscriberLength))];
    let value: string;
    if (form === 'intl') value = `+49 ${area} ${local}`;
    else if (form === 'paren') value = `(0${area}) ${local}`;
    else if (form === 'slash') value = `0${area}/${local}`;
    else value = `0${area} ${local}`;
    return { kind: `phone/de/${shape}/${form}`, value };
  });

export const phone: fc.Arbitrary<Planted> = fc.oneof(nanpPhone, ukPhone, dePhone);
