import { isAsciiLower, isAsciiUpper } from '../../text/chars.js';

/** How far before a number a phone word may start (`Phone number (mobile): 555…`). */
const CONTEXT_WINDOW = 32;

/** Short words that must stand alone: `tel` is not in `hotel` or `telemetry`, `fax` not in `faxed`. */
const WHOLE_WORDS: readonly string[] = ['tel', 'tél', 'mob', 'sms', 'fax', 'ph'];

/** Words and stems that may carry a suffix: `call` covers `called`, `telefon` covers `Telefonnummer`. */
const STEMS: readonly string[] = [
  'phone', 'telephone', 'téléphone', 'telefon', 'teléfono', 'telefoon', 'call', 'mobil', 'móvil', 'cell', 'celular',
  'text me', 'whatsapp', 'handy', 'portable', 'contact', 'number', 'nummer', 'numéro', 'numero', 'número',
  'dial-in', 'ligue', 'chiam', 'anruf', 'rufnummer', 'appel', 'reach me', 'reach us', 'ring me',
];

/** Written without spaces, so no word boundary applies. */
const CJK_WORDS: readonly string[] = ['電話', '携帯', 'ＴＥＬ'];

const URI_SCHEMES: readonly string[] = ['tel:', 'sms:', 'callto:'];

/**
 * True when a phone word starts within the window before `start`. Only consulted for numbers
 * that pass a numbering plan but are written in a shape other numbers share (a bare digit run,
 * digit groups split by spaces alone), so its cost is paid rarely.
 */
export function hasPhoneContext(text: string, start: number): boolean {
  const floor = Math.max(0, start - CONTEXT_WINDOW);
  for (let at = start - 1; at >= floor; at--) {
    const code = text.charCodeAt(at);
    if (code >= 0x3000) {
      for (const word of CJK_WORDS) if (matchesAt(text, at, start, word)) return true;
      continue;
    }
    if (!isLetter(code) || !startsWord(text, at)) continue;
    for (const word of STEMS) if (matchesAt(text, at, start, word)) return true;
    for (const word of WHOLE_WORDS) {
      if (matchesAt(text, at, start, word) && !isLetter(text.charCodeAt(at + word.length))) return true;
    }
  }
  return false;
}

/** Abbreviated labels written with a dot and no space before the number (`Tel.030 1234567`). */
const DOTTED_LABELS: readonly string[] = ['tel', 'tél', 'fax', 'mob', 'nr', 'no', 'ph', 'handy', 'mobil'];

/** True when one of the abbreviated phone labels ends right at `end` (the dot after it). */
export function isAfterDottedLabel(text: string, end: number): boolean {
  for (let i = 0; i < DOTTED_LABELS.length; i++) {
    const word = DOTTED_LABELS[i]!;
    const at = end - word.length;
    if (at >= 0 && matchesAt(text, at, end, word) && startsWord(text, at)) return true;
  }
  return false;
}

/** True when `start` directly follows a `tel:`-style URI scheme: the strongest context there is. */
export function isAfterPhoneScheme(text: string, start: number): boolean {
  for (const scheme of URI_SCHEMES) {
    const at = start - scheme.length;
    if (at >= 0 && matchesAt(text, at, start, scheme)) return true;
  }
  return false;
}

/** A word starts at `at`: no letter before it, or a camel-case hump (`userPhone`, `contactNumber`). */
function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (!isLetter(before)) return true;
  return isAsciiLower(before) && isAsciiUpper(text.charCodeAt(at));
}

/** ASCII and Latin-1 letters; enough to keep `hotel` from reading as `tel`. */
function isLetter(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7)
  );
}

/** `word` (lower case) occurs at `at` and ends by `limit`, compared with ASCII and Latin-1 case folded. */
function matchesAt(text: string, at: number, limit: number, word: string): boolean {
  if (at + word.length > limit) return false;
  for (let i = 0; i < word.length; i++) {
    let code = text.charCodeAt(at + i);
    if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) code += 32;
    if (code !== word.charCodeAt(i)) return false;
  }
  return true;
}
