import type { Report } from '../../types.js';
import { startsWithAt } from '../../text/ascii-search.js';

const SPACE = 32;
const IDEOGRAPHIC_SPACE = 0x3000;
/** A family or given name in kanji is one to four characters; together at most six without a space. */
const MAX_PART = 4;
const MAX_JOINED = 6;

/** Labels before `：` whose value is a person: `担当者：佐藤 花子`, `氏名：…`, `お名前：…`. */
const LABELS = ['担当者', '担当', '氏名', '名前', 'お名前', '宛名', '契約者', '申込者', '患者名', '顧客名', '連絡先'];
/**
 * Kanji that end a word before `様`/`さん` which is no name: `仕様` (specification), `同様`,
 * `多様`, `模様`, `お客様`, `皆様`, `奥様`, `お母さん`, `神様`.
 */
const NOT_NAME_ENDINGS = '仕同多模異一客皆神王奥母父兄姉嬢様';

/**
 * Japanese names written in kanji around a cue found by the sweep in `person.ts`: after a label
 * and `：` (`担当者：佐藤 花子（営業部）`) or `名前は`, and before an honorific (`佐藤 花子 様`,
 * `田中さん`, `鈴木氏`). `cueEnd` is where the sweep's match ended. Reports and returns true when a
 * name was found.
 */
export function inspectJapaneseCue(text: string, cueEnd: number, confidence: number, report: Report): boolean {
  const last = text.charCodeAt(cueEnd - 1);
  if (last === 0xff1a || last === 0x306f) return nameAfterLabel(text, cueEnd, confidence, report); // ： は
  const honorificStart = last === 0x3093 ? cueEnd - 2 : last === 0x751f ? cueEnd - 2 : cueEnd - 1; // さん, 先生
  return nameBeforeHonorific(text, honorificStart, confidence, report);
}

function nameAfterLabel(text: string, cueEnd: number, confidence: number, report: Report): boolean {
  const labelEnd = cueEnd - 1;
  if (!endsWithLabel(text, labelEnd)) return false;
  let start = cueEnd;
  while (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === IDEOGRAPHIC_SPACE) start++;
  let end = kanjiRunEnd(text, start);
  if (end === start) return false;
  if (isSpace(text.charCodeAt(end)) && end - start <= MAX_PART && isKanji(text.charCodeAt(end + 1))) {
    const givenEnd = kanjiRunEnd(text, end + 1);
    if (givenEnd - end - 1 <= MAX_PART) end = givenEnd;
  } else if (end - start < 2 || end - start > MAX_JOINED) {
    return false;
  }
  report('PERSON', start, end, confidence);
  return true;
}

function nameBeforeHonorific(text: string, honorific: number, confidence: number, report: Report): boolean {
  // `様子`, `様式`, `様々`, `氏名`: the honorific character starts a word.
  const afterCode = text.charCodeAt(honorific + 1);
  const single = text.charCodeAt(honorific) === 0x69d8 || text.charCodeAt(honorific) === 0x6c0f;
  if (single && (isKanji(afterCode) || afterCode === 0x3005)) return false;
  let end = honorific;
  if (isSpace(text.charCodeAt(end - 1))) end--;
  const givenStart = kanjiRunStart(text, end);
  const length = end - givenStart;
  if (length === 0 || length > MAX_JOINED || includesCode(NOT_NAME_ENDINGS, text.charCodeAt(end - 1))) return false;
  let start = givenStart;
  if (isSpace(text.charCodeAt(start - 1)) && length <= MAX_PART) {
    // `佐藤 花子 様`: a family name before the given name.
    const familyStart = kanjiRunStart(text, start - 1);
    if (familyStart < start - 1 && start - 1 - familyStart <= MAX_PART) start = familyStart;
  }
  if (start === givenStart && length < 2) return false;
  report('PERSON', start, end, confidence);
  return true;
}

function kanjiRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from <= MAX_JOINED && isKanji(text.charCodeAt(i))) i++;
  return i;
}

function kanjiRunStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i <= MAX_JOINED && isKanji(text.charCodeAt(i - 1))) i--;
  return i;
}

function endsWithLabel(text: string, end: number): boolean {
  for (const label of LABELS) if (endsWithAt(text, end, label)) return true;
  return false;
}

function includesCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

function endsWithAt(text: string, end: number, literal: string): boolean {
  const start = end - literal.length;
  return start >= 0 && startsWithAt(text, start, literal);
}

function isKanji(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || code === 0x3005;
}

function isSpace(code: number): boolean {
  return code === SPACE || code === IDEOGRAPHIC_SPACE;
}
