import type { Finding } from '../engine/types.js';

const MASK = '*';

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Masks every digit except the last `keep`, leaving separators so the shape survives. */
function keepLastDigits(match: string, keep: number): string {
  let digits = 0;
  for (let i = 0; i < match.length; i++) if (isDigit(match.charCodeAt(i))) digits++;
  let seen = 0;
  let out = '';
  for (let i = 0; i < match.length; i++) {
    const ch = match[i]!;
    if (isDigit(match.charCodeAt(i))) {
      seen++;
      out += seen > digits - keep ? ch : MASK;
    } else {
      out += ch;
    }
  }
  return out;
}

/** `jane.doe@example.com` → `j***@example.com`. */
function maskEmail(match: string): string {
  const at = match.lastIndexOf('@');
  if (at <= 0) return MASK.repeat(3);
  return `${match[0]}${MASK.repeat(3)}${match.slice(at)}`;
}

/** Keeps the country code and last four characters: `DE** **** **** **** **30 00`. */
function maskIban(match: string): string {
  let alnumSeen = 0;
  let total = 0;
  for (let i = 0; i < match.length; i++) if (isAlnum(match.charCodeAt(i))) total++;
  let out = '';
  for (let i = 0; i < match.length; i++) {
    const code = match.charCodeAt(i);
    if (!isAlnum(code)) {
      out += match[i];
      continue;
    }
    alnumSeen++;
    out += alnumSeen <= 2 || alnumSeen > total - 4 ? match[i] : MASK;
  }
  return out;
}

/** Keeps a provider prefix such as `sk-proj-` or `ghp_` so the kind of credential stays visible. */
function maskSecret(match: string): string {
  let prefixEnd = 0;
  for (let i = 0; i < Math.min(match.length, 12); i++) {
    const code = match.charCodeAt(i);
    if (code === 45 || code === 95) prefixEnd = i + 1;
    else if (!isAlnum(code)) break;
  }
  if (prefixEnd > 8 || prefixEnd >= match.length) prefixEnd = 0;
  return `${match.slice(0, prefixEnd)}${MASK.repeat(8)}`;
}

/** First letter of each word, the rest masked: `Jane Doe` → `J*** D**`. */
function maskWords(match: string): string {
  let out = '';
  let atWordStart = true;
  for (let i = 0; i < match.length; i++) {
    const code = match.charCodeAt(i);
    if (isAlnum(code)) {
      out += atWordStart ? match[i] : MASK;
      atWordStart = false;
    } else {
      out += match[i];
      atWordStart = true;
    }
  }
  return out;
}

/** Everything alphanumeric masked, punctuation kept. */
function maskAll(match: string): string {
  let out = '';
  for (let i = 0; i < match.length; i++) out += isAlnum(match.charCodeAt(i)) ? MASK : match[i];
  return out;
}

/**
 * Partial masks that keep enough shape for debugging: the domain of an email, the last four
 * digits of a card, SSN or IBAN, the last two of a phone, a secret's provider prefix.
 */
export function maskReplacer(match: string, finding: Finding): string {
  switch (finding.type) {
    case 'EMAIL':
      return maskEmail(match);
    case 'CREDIT_CARD':
    case 'US_SSN':
    case 'CA_SIN':
    case 'IN_AADHAAR':
      return keepLastDigits(match, 4);
    case 'PHONE':
      return keepLastDigits(match, 2);
    case 'IBAN':
      return maskIban(match);
    case 'SECRET':
      return maskSecret(match);
    case 'PERSON':
    case 'STREET_ADDRESS':
      return maskWords(match);
    default:
      return maskAll(match);
  }
}
