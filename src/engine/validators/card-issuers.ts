/**
 * True when a card number of `length` digits whose first four digits are `firstFour` belongs to
 * a known issuer range: Visa, Mastercard (including the 2-series), American Express, Discover,
 * Diners Club, JCB, UnionPay or Maestro. Ranges and lengths follow the published IIN tables; a
 * random digit run that happens to pass Luhn usually fails here (epochs and snowflake ids start
 * with 1, for instance, which no issuer uses).
 */
export function isKnownCardIssuer(firstFour: number, length: number): boolean {
  const one = Math.floor(firstFour / 1000);
  const two = Math.floor(firstFour / 100);
  const three = Math.floor(firstFour / 10);
  if (length < 12 || length > 19) return false;
  // Visa
  if (one === 4) return length === 13 || length === 16 || length === 19;
  // Mastercard, including the 2-series
  if (length === 16 && ((two >= 51 && two <= 55) || (firstFour >= 2221 && firstFour <= 2720))) return true;
  // American Express
  if (length === 15 && (two === 34 || two === 37)) return true;
  // Diners Club
  if (length >= 14 && length <= 16 && ((three >= 300 && three <= 305) || two === 36 || two === 38)) return true;
  if (length < 16) return isMaestro(two);
  // Discover, JCB, UnionPay: 16 to 19 digits
  if (firstFour === 6011 || (three >= 644 && three <= 649) || two === 65) return true;
  if (firstFour >= 3528 && firstFour <= 3589) return true;
  if (two === 62) return true;
  return isMaestro(two);
}

function isMaestro(firstTwo: number): boolean {
  return firstTwo === 50 || (firstTwo >= 56 && firstTwo <= 69);
}
