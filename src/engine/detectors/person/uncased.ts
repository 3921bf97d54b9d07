import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import { codeUnitsOf } from '../../text/code-units.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { inspectJapaneseCue } from './japanese.js';
import { LOWER_CASE_TRIGGERS, inspectLowerCaseCue } from './lower-case.js';
import { CUE_CONFIDENCE } from './lexicon.js';

/** Scanner keywords of the cues in `UNCASED_CUE` written in Japanese. */
const JAPANESE_TRIGGERS = ['様', '氏', '殿', 'さん', '先生', '：', '名前は'];

const TAB = 9;
const SPACE = 32;
const LOWER_M = 109;
/** Every character a Japanese alternative of `UNCASED_CUE` starts with is at or above this. */
const JAPANESE_CUE_FLOOR = 0x3000;

/**
 * Cues of names that start with no capital. Lower-case self-introductions all have an `m` before
 * the space (`i'm`, `i am`, `my name is`, `name's`, `call me`, `me llamo`, `mi chiamo`,
 * `m'appelle`: see `lower-case.ts`). Japanese cues are a label's `：` or `名前は`, or an honorific
 * (`様`, `氏`, `殿`, `さん`, `先生`: see `japanese.ts`); text without such characters is held
 * in one byte per character, for which the regex engine drops those alternatives.
 *
 * No match contains the first character of another (`m` or one of the Japanese ones) after its
 * own start, so the matches of a search are exactly the positions where the sticky twin matches,
 * less those inside a reported name.
 */
const UNCASED_CUE = /m(?:['’]appelle|e(?: is|['’]s)?|i)?[ \t](?=[a-z\u00e0-\u00fe])|[様氏殿：]|さん|先生|名前は/g;
const UNCASED_CUE_AT = new RegExp(UNCASED_CUE.source, 'y');

/**
 * Where one cue match may end, counted back from its closing space or tab: `m `, `me `, `mi `,
 * `me's `, `me is `, `m'appelle `.
 */
const CUE_STARTS_BEFORE_SPACE = [9, 5, 4, 2, 1];
/**
 * An extra keyword, no trigger of its own: `my nameam`, `name'm`, `nameme`, `namemi` are six-letter
 * words that `cueStrength` reads as `name's` although no trigger keyword spells them. Their cue
 * match starts at most {@link NAME_CUE_REACH} units into the word.
 */
const NAME_ANCHOR = 'name';
const NAME_CUE_REACH = 6;
const LOWER_N = 110;

/**
 * Names after a cue found by `UNCASED_CUE`: lower case after a self-introduction, Japanese kanji.
 * A detector of its own, so that the scanner's keyword sweep (which runs anyway) spares this
 * sweep to text without such a cue.
 */
function findUncasedNames(text: string, report: Report): void {
  const cue = UNCASED_CUE;
  cue.lastIndex = 0;
  while (cue.test(text)) {
    const end = inspectCue(text, cue.lastIndex, report);
    if (end > 0) cue.lastIndex = end;
  }
}

/**
 * Reads the cue that ends at `cueEnd`; returns where the search resumes after a reported
 * lower-case name, else -1.
 */
function inspectCue(text: string, cueEnd: number, report: Report): number {
  if (text.charCodeAt(cueEnd - 1) >= JAPANESE_CUE_FLOOR) {
    inspectJapaneseCue(text, cueEnd, CUE_CONFIDENCE, report);
    return -1;
  }
  return inspectLowerCaseCue(text, cueEnd, CUE_CONFIDENCE, report);
}

/**
 * What `findUncasedNames` reports, given where the trigger keywords (and {@link NAME_ANCHOR})
 * occur. Every cue that can lead to a name lies within a keyword occurrence (`name is`, `i'm `,
 * `call me `, …) or just after a `name`, except for cues closed by a tab (`i'm\tjane`) and a
 * nine-letter `m'…` word (`m'abcdeam`, which `cueStrength` takes for `m'appelle`). Text with
 * either is searched whole; other text is tried only at the occurrences. Like `find` through
 * the scanner, nothing is reported unless a trigger keyword occurs: a `name` alone is no trigger.
 */
function findUncasedNamesAtHits(text: string, hits: KeywordHits, report: Report): void {
  if (!hasTriggerHit(text, hits)) return;
  if (mayHoldUnspelledCue(text)) {
    findUncasedNames(text, report);
    return;
  }
  const cue = UNCASED_CUE_AT;
  const length = text.length;
  // Positions before `next` were tried already, lie inside a match or inside a reported name.
  let next = 0;
  for (let h = 0; h < hits.count; h++) {
    const start = hits.starts[h]!;
    const hitEnd = isNameAnchor(text, start, hits.ends[h]!) ? Math.min(length, start + NAME_CUE_REACH) : hits.ends[h]!;
    let at = Math.max(next, start);
    while (at < hitEnd) {
      const first = text.charCodeAt(at);
      cue.lastIndex = at;
      if ((first !== LOWER_M && first < JAPANESE_CUE_FLOOR) || !cue.test(text)) {
        at++;
        continue;
      }
      const cueEnd = cue.lastIndex;
      const end = inspectCue(text, cueEnd, report);
      at = end > 0 ? end : cueEnd;
    }
    next = at;
  }
}

/** The hit `[start, end)` is a {@link NAME_ANCHOR}: no other keyword has four units and starts with `n`. */
function isNameAnchor(text: string, start: number, end: number): boolean {
  return end - start === NAME_ANCHOR.length && (text.charCodeAt(start) | 32) === LOWER_N;
}

function hasTriggerHit(text: string, hits: KeywordHits): boolean {
  for (let h = 0; h < hits.count; h++) if (!isNameAnchor(text, hits.starts[h]!, hits.ends[h]!)) return true;
  return false;
}

/** Any of the cues that no trigger keyword spells (see `findUncasedNamesAtHits`) may occur. */
function mayHoldUnspelledCue(text: string): boolean {
  const units = codeUnitsOf(text);
  for (let tab = text.indexOf('\t'); tab !== -1; tab = text.indexOf('\t', tab + 1)) {
    for (const back of CUE_STARTS_BEFORE_SPACE) if (tab >= back && units[tab - back] === LOWER_M) return true;
  }
  return hasNineLetterElision(text, units, "'") || hasNineLetterElision(text, units, '’');
}

/** `m'` or `M'` opening a nine-character word closed by a space or tab. */
function hasNineLetterElision(text: string, units: Uint16Array, apostrophe: string): boolean {
  const length = text.length;
  for (let at = text.indexOf(apostrophe, 1); at !== -1; at = text.indexOf(apostrophe, at + 1)) {
    if ((units[at - 1]! | 32) !== LOWER_M || at + 8 >= length) continue;
    const after = units[at + 8]!;
    if (after === SPACE || after === TAB) return true;
  }
  return false;
}

/** Names without capitals: `my name is kwame mensah`, `i'm jane doe`, `担当者：佐藤 花子`, `田中さん`. */
export const uncasedPersonDetector: AnchoredDetector = {
  name: 'person.uncased',
  types: ['PERSON'],
  enabledByDefault: true,
  trigger: { keywords: [...LOWER_CASE_TRIGGERS, ...JAPANESE_TRIGGERS, NAME_ANCHOR] },
  find: findUncasedNames,
  findAtHits: findUncasedNamesAtHits,
};
