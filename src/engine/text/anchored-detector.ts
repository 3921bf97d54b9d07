import type { Detector, Report } from '../types.js';
import { KeywordHitBuffer, type KeywordHits } from './keyword-hits.js';
import { KeywordSweep } from './keyword-sweep.js';

/**
 * A detector whose matches all begin at (or around) one of its trigger keywords. The scanner
 * has found every keyword occurrence already, so such a detector looks only there instead of
 * searching the whole text again. `find` stays the complete, standalone contract.
 */
export interface AnchoredDetector extends Detector {
  /** Reports exactly what `find` reports, given every occurrence of this detector's keywords. */
  findAtHits(text: string, hits: KeywordHits, report: Report): void;
}

export function isAnchoredDetector(detector: Detector): detector is AnchoredDetector {
  return typeof (detector as Partial<AnchoredDetector>).findAtHits === 'function';
}

/**
 * The standalone `find` of an anchored detector: sweeps for its own keywords, then hands the
 * hits to `findAtHits`. Buffers are reused unless a call is already running (a report callback
 * that scans again gets its own).
 */
export function findViaOwnSweep(
  keywords: readonly string[],
  findAtHits: (text: string, hits: KeywordHits, report: Report) => void,
): (text: string, report: Report) => void {
  let sweep: KeywordSweep | undefined;
  const raw = new KeywordHitBuffer();
  const sorted = new KeywordHitBuffer();
  let busy = false;
  return (text, report) => {
    sweep ??= new KeywordSweep(keywords.map((keyword) => ({ keyword, tag: 0 })));
    const reuse = !busy;
    const rawHits = reuse ? raw : new KeywordHitBuffer();
    const hits = reuse ? sorted : new KeywordHitBuffer();
    busy = true;
    try {
      sweep.run(text, rawHits);
      hits.selectTag(rawHits, 0);
      findAtHits(text, hits, report);
    } finally {
      if (reuse) busy = false;
    }
  };
}
