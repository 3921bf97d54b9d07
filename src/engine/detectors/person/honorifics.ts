import { isLetterCode, isLowerLetterCode } from '../../text/letters.js';
import { HONORIFIC, lexicon } from './lexicon.js';

const SPACE = 32;
const HYPHEN = 45;
const IDEOGRAPHIC_SPACE = 0x3000;
const MAX_HONORIFIC = 6;

/**
 * Whether an honorific follows the name ending at `end`: `Rahul ji`, `Sharma-ji`, `Tanaka-san`,
 * `Tanaka san`, `Tanaka さん`, `Sato様`, `Suzuki 氏`. Constant work: one short word or one
 * character is read.
 */
export function isHonouredAt(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  let i = end;
  if (code === SPACE || code === IDEOGRAPHIC_SPACE) {
    i++;
  } else if (code === HYPHEN) {
    i++;
    if (!isLowerLetterCode(text.charCodeAt(i))) return false;
  }
  const next = text.charCodeAt(i);
  if (next >= 0x3000) return isJapaneseHonorific(text, i);
  if (i === end || !startsHonorific(next, text.charCodeAt(i + 1))) return false;
  let wordEnd = i + 2;
  while (wordEnd - i < MAX_HONORIFIC && isLowerLetterCode(text.charCodeAt(wordEnd))) wordEnd++;
  if (isLetterCode(text.charCodeAt(wordEnd)) || text.charCodeAt(wordEnd) === HYPHEN) return false;
  return (lexicon.flagsOf(text, i, wordEnd) & HONORIFIC) !== 0;
}

/**
 * The first two letters of a word in `HONORIFICS` (`ji`, `sa`, `se`, `bh`, `di`, `do`, `ga`,
 * `ku`, `ch`): most words after a name fail here, before anything is hashed.
 */
function startsHonorific(first: number, second: number): boolean {
  switch (first) {
    case 106: return second === 105 || second === 101; // ji, je
    case 115: return second === 97 || second === 101; // sa, se
    case 98: return second === 104; // bh
    case 100: return second === 105 || second === 111; // di, do
    case 103: return second === 97; // ga
    case 107: return second === 117; // ku
    case 99: return second === 104; // ch
    default: return false;
  }
}

/** `さん`, `様`, `さま`, `氏`, `殿`, `先生`, `くん`, `君`, `ちゃん`. */
export function isJapaneseHonorific(text: string, at: number): boolean {
  switch (text.charCodeAt(at)) {
    case 0x69d8: // 様
    case 0x6c0f: // 氏
    case 0x6bbf: // 殿
    case 0x541b: // 君
      return true;
    case 0x3055: // さ
      return text.charCodeAt(at + 1) === 0x3093 || text.charCodeAt(at + 1) === 0x307e; // さん, さま
    case 0x5148: // 先
      return text.charCodeAt(at + 1) === 0x751f; // 先生
    case 0x304f: // く
      return text.charCodeAt(at + 1) === 0x3093; // くん
    case 0x3061: // ち
      return text.charCodeAt(at + 1) === 0x3083 && text.charCodeAt(at + 2) === 0x3093; // ちゃん
    default:
      return false;
  }
}
