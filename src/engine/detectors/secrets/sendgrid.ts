import type { Report } from '../../types.js';
import type { AnchoredDetector } from '../../text/anchored-detector.js';
import type { KeywordHits } from '../../text/keyword-hits.js';
import { examineHits, examineOccurrences } from './occurrences.js';
import { isBase64UrlChar, isPlausibleKeyBody, runEnd, isTokenStart } from './token-shape.js';

const PREFIX = 'SG.';
const ID_LENGTH = 22;
const SECRET_LENGTH = 43;

/** SendGrid API keys: `SG.` + 22-character id + `.` + 43-character secret. */
function findSendGridKeys(text: string, report: Report): void {
  examineOccurrences(text, PREFIX, examineCandidate, report);
}

function findSendGridKeysAtHits(text: string, hits: KeywordHits, report: Report): void {
  examineHits(text, hits, PREFIX, examineCandidate, report);
}

function examineCandidate(text: string, at: number, report: Report): number {
  if (!isTokenStart(text, at, isBase64UrlChar)) return at + 1;
  const idStart = at + PREFIX.length;
  const idEnd = runEnd(text, idStart, isBase64UrlChar);
  if (idEnd - idStart !== ID_LENGTH || text.charCodeAt(idEnd) !== 46) return idEnd;
  const secretEnd = runEnd(text, idEnd + 1, isBase64UrlChar);
  if (
    secretEnd - idEnd - 1 === SECRET_LENGTH &&
    isPlausibleKeyBody(text, idStart, idEnd) &&
    isPlausibleKeyBody(text, idEnd + 1, secretEnd)
  ) {
    report('SECRET', at, secretEnd, 0.99);
  }
  return secretEnd;
}

export const sendGridKeyDetector: AnchoredDetector = {
  name: 'secret.sendgrid',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: [PREFIX] },
  find: findSendGridKeys,
  findAtHits: findSendGridKeysAtHits,
};
