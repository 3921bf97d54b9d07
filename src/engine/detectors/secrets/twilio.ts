import type { Detector, Report } from '../../types.js';
import { isWordChar } from '../../text/chars.js';
import { containsIgnoreCase } from '../../text/ascii-search.js';
import { looksLikePlaceholder } from './placeholder.js';
import { isTokenStart } from './token-shape.js';

const API_KEY_SID = /SK[0-9a-fA-F]{32}/g;
/** `SK` + 32 hex is also the shape of many ordinary ids, so the word twilio must sit just before. */
const CONTEXT_WINDOW = 80;

/** Twilio API key SIDs, reported only near the word `twilio`. */
function findTwilioKeys(text: string, report: Report): void {
  API_KEY_SID.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = API_KEY_SID.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isTokenStart(text, start, isWordChar)) continue;
    if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
    if (looksLikePlaceholder(text, start + 2, end)) continue;
    if (!containsIgnoreCase(text, 'twilio', start - CONTEXT_WINDOW, start)) continue;
    report('SECRET', start, end, 0.85);
  }
}

export const twilioKeyDetector: Detector = {
  name: 'secret.twilio',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: ['twilio'] },
  find: findTwilioKeys,
};
