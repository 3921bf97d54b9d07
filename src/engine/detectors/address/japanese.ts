import { isAsciiDigit } from '../../text/chars.js';
import { startsWithAt } from '../../text/ascii-search.js';

/** Longest run of kanji and kana read back from the block number (prefecture, city, ward, town). */
const MAX_NAME = 24;
const PREFECTURE = '都道府県';
const MUNICIPALITY = '市区町村郡';
/**
 * What ends the words before an address: `住所は東京都…`, `送り先：…`. Other particles (`が`, `と`)
 * also occur inside place names (`自由が丘`, `みなとみらい`).
 */
const LEAD_IN = 'はを：、。「（』」）';
const THREE_KANJI_PREFECTURES = ['神奈川', '和歌山', '鹿児島'];
/** `1-9-2`, `1−9−2`, `1－9－2`, `1ー9ー2`. */
const DASHES = '-‐−－ー';
/** Block units: `3丁目1番1号`, `5番地`. */
const UNITS = ['丁目', '番地', '番', '号'];

/**
 * A Japanese address that ends in block numbers: `東京都千代田区丸の内1-9-2`,
 * `大阪市北区梅田3丁目1番1号`. The kanji before the number must hold a municipality (市, 区, 町,
 * 村, 郡) with a name on either side of it, or a prefecture (都, 道, 府, 県) as well. Returns the
 * end of the address and sets `japanese.start`, or returns 0.
 */
export function japaneseAddressEnd(text: string, digitsStart: number, digitsEnd: number, floor: number): number {
  let i = digitsStart;
  let municipality = -1;
  let prefecture = -1;
  const limit = Math.max(floor, digitsStart - MAX_NAME);
  while (i > limit && isJapaneseLetter(text.charCodeAt(i - 1)) && !isLeadIn(text.charCodeAt(i - 1))) {
    i--;
    const code = text.charCodeAt(i);
    if (includesCode(MUNICIPALITY, code)) municipality = i;
    if (includesCode(PREFECTURE, code)) prefecture = i;
  }
  // The earliest municipality seen; it needs a name before it and a town after it.
  if (municipality < 0 || municipality === i || municipality === digitsStart - 1) return 0;
  if (prefecture < 0 && digitsStart - i < 4) return 0;
  const start = prefecture >= 0 ? prefectureStart(text, prefecture, i) : i;
  japanese.start = start;
  return blockEnd(text, digitsEnd);
}

/** Where the address found by `japaneseAddressEnd` starts. */
export const japanese = { start: 0 };

function prefectureStart(text: string, prefecture: number, floor: number): number {
  for (const name of THREE_KANJI_PREFECTURES) {
    if (prefecture - 3 >= floor && startsWithAt(text, prefecture - 3, name)) return prefecture - 3;
  }
  return Math.max(floor, prefecture - 2);
}

/** End of `1-9-2` or `3丁目1番1号` after the first number. */
function blockEnd(text: string, from: number): number {
  let end = from;
  for (let parts = 0; parts < 4; parts++) {
    let i = end;
    if (includesCode(DASHES, text.charCodeAt(i)) && isAsciiDigit(text.charCodeAt(i + 1))) {
      i++;
    } else {
      const unitLength = unitAt(text, i);
      if (unitLength === 0) break;
      end = i + unitLength;
      i = end;
      if (!isAsciiDigit(text.charCodeAt(i))) break;
    }
    while (isAsciiDigit(text.charCodeAt(i)) && i - end < 6) i++;
    end = i;
  }
  return end;
}

function unitAt(text: string, at: number): number {
  for (const unit of UNITS) if (startsWithAt(text, at, unit)) return unit.length;
  return 0;
}

function includesCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

/** Kanji, hiragana, katakana, `々`, `ヶ`. */
export function isJapaneseLetter(code: number): boolean {
  return (code >= 0x3041 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || code === 0x3005;
}

function isLeadIn(code: number): boolean {
  return includesCode(LEAD_IN, code);
}
