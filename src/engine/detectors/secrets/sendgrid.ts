import type { Detector, Report } from '../../types.js';
import { isBase64UrlChar, isPlausibleKeyBody, runEnd, isTokenStart } from './token-shape.js';

const PREFIX = 'SG.';
const ID_LENGTH = 22;
const SECRET_LENGTH = 43;

/** SendGrid API keys: `SG.` + 22-character id + `.` + 43-character secret. */
function findSendGridKeys(text: string, report: Report): void {
  let at = text.indexOf(PREFIX);
  while (at !== -1) {
    let resume = at + 1;
    if (isTokenStart(text, at, isBase64UrlChar)) {
      const idStart = at + PREFIX.length;
      const idEnd = runEnd(text, idStart, isBase64UrlChar);
      resume = idEnd;
      if (idEnd - idStart === ID_LENGTH && text.charCodeAt(idEnd) === 46) {
        const secretEnd = runEnd(text, idEnd + 1, isBase64UrlChar);
        resume = secretEnd;
        if (
          secretEnd - idEnd - 1 === SECRET_LENGTH &&
          isPlausibleKeyBody(text, idStart, idEnd) &&
          isPlausibleKeyBody(text, idEnd + 1, secretEnd)
        ) {
          report('SECRET', at, secretEnd, 0.99);
        }
      }
    }
    at = text.indexOf(PREFIX, Math.max(resume, at + 1));
  }
}

export const sendGridKeyDetector: Detector = {
  name: 'secret.sendgrid',
  types: ['SECRET'],
  enabledByDefault: true,
  trigger: { keywords: [PREFIX] },
  find: findSendGridKeys,
};
