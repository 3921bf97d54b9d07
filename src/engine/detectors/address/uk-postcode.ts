import { isAsciiDigit, isAsciiUpper, isBoundaryAt } from '../../text/chars.js';

/**
 * The 121 UK postcode areas: the letters that open a postcode such as `SW1A 1AA`. A table
 * indexed by `areaKey`, so that checking one is a single load.
 */
const AREAS = new Uint8Array(128 * 128);
for (const area of `AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL
GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA
PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV
YO ZE`.split(/\s+/)) {
  AREAS[areaKey(area.charCodeAt(0), area.length > 1 ? area.charCodeAt(1) : 0)] = 1;
}

/** An area as a number below 128 * 128: one or two ASCII capitals, the second 0 when absent. */
function areaKey(first: number, second: number): number {
  return first * 128 + second;
}

/**
 * End of a UK postcode starting at `start` (`SW1A 1AA`, `M1 1AE`, `NW1 6XE`), or -1. The outward
 * code must open with a real area; one space before the inward code is required.
 */
export function ukPostcodeEnd(text: string, start: number): number {
  if (!isBoundaryAt(text, start - 1)) return -1;
  let i = start;
  while (i < start + 2 && isAsciiUpper(text.charCodeAt(i))) i++;
  if (i === start) return -1;
  const area = areaKey(text.charCodeAt(start), i - start > 1 ? text.charCodeAt(start + 1) : 0);
  if (AREAS[area] !== 1) return -1;
  if (!isAsciiDigit(text.charCodeAt(i))) return -1;
  i++;
  const next = text.charCodeAt(i);
  if (isAsciiDigit(next) || isAsciiUpper(next)) i++;
  if (text.charCodeAt(i) !== 32) return -1;
  i++;
  if (!isAsciiDigit(text.charCodeAt(i)) || !isAsciiUpper(text.charCodeAt(i + 1)) || !isAsciiUpper(text.charCodeAt(i + 2))) {
    return -1;
  }
  i += 3;
  return isBoundaryAt(text, i) ? i : -1;
}
