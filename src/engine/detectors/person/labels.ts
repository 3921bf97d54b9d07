import { isLetterCode } from '../../text/letters.js';
import { ROLE_LABEL, phraseWords } from './lexicon.js';

/** Labels are short: `Primary on-call this week:`, `Escalation owner (EU):`. */
const MAX_LABEL = 48;
const MAX_LABEL_WORDS = 6;
const HYPHEN = 45;

/**
 * Whether the label that ends with the key starting at `keyStart` names a role held by a person
 * (`Primary on-call this week: Grace Liu`, `Release approver (EU): …`). The label must open its
 * line or follow a sentence end, so that prose with a colon (`… we met the owner of the bakery:
 * …`) does not count. Reads at most `MAX_LABEL` characters back.
 */
export function roleLabelCue(text: string, keyStart: number): boolean {
  // Most colons in prose follow no label opening a line: that walk looks nothing up.
  return walkLabel(text, keyStart, false) && walkLabel(text, keyStart, true);
}

/**
 * Walks back over the label. Without `lookUp`, whether it opens its line (or follows a sentence
 * end) within the limits; with it, whether it does and one of its words is in `ROLE_LABELS`.
 */
function walkLabel(text: string, keyStart: number, lookUp: boolean): boolean {
  const floor = Math.max(-1, keyStart - MAX_LABEL);
  let found = false;
  let words = 0;
  let end = -1;
  for (let i = keyStart + wordLength(text, keyStart) - 1; i >= floor; i--) {
    const code = i < 0 ? 10 : text.charCodeAt(i);
    const inWord = isLetterCode(code) || (code === HYPHEN && end >= 0 && i > 0 && isLetterCode(text.charCodeAt(i - 1)));
    if (inWord) {
      if (end < 0) end = i + 1;
      continue;
    }
    if (end >= 0) {
      if (++words > MAX_LABEL_WORDS) return false;
      if (lookUp && phraseWords.flagsOf(text, i + 1, end, true) & ROLE_LABEL) found = true;
      end = -1;
    }
    switch (code) {
      case 10: case 13: case 46: case 59: case 124: case 42: case 35: case 62: case 0x2022:
        return found || !lookUp;
      case 32: case 9: case 40: case 41: case 47: case HYPHEN:
        continue;
      default:
        if (code >= 48 && code <= 57) continue;
        return false;
    }
  }
  return false;
}

function wordLength(text: string, start: number): number {
  let i = start;
  while (i < text.length && (isLetterCode(text.charCodeAt(i)) || text.charCodeAt(i) === HYPHEN)) i++;
  return i - start;
}
