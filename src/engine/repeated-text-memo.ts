import { FirstSightings } from './first-sightings.js';
import { textDigest } from './text/text-digest.js';
import { textFingerprint } from './text/text-fingerprint.js';

/** Fingerprints held at most, whatever the budget: about 75 bytes of heap each, 5 MB in all. */
export const MAX_FINGERPRINTS = 65_536;
/**
 * Long texts seen once that the memo keeps track of (4 bytes each). A chat's new messages come
 * back with its next turn, seconds later, after those of every other conversation: as many as
 * it can remember, so that a busy app's traffic does not push them out first.
 */
export const LONG_FIRST_SIGHTINGS = MAX_FINGERPRINTS;

/**
 * Long texts the redactor found nothing in, remembered so that the same text seen again costs a
 * hash instead of a scan. LLM telemetry repeats long texts: the system prompt and tool
 * definitions go out with every request, and a chat's history is sent again on every turn, so by
 * the tenth turn most of a span's content has been scanned before.
 *
 * The memo holds no text: it keeps each clean text's SHA-256 (see `textFingerprint`) under its
 * 32-bit digest (see `textDigest`, a few per cent of a scan). A text is looked up by digest and
 * trusted only when its own SHA-256 equals the one kept, so a digest collision costs a scan,
 * never a leak, and no prompt outlives its record in the memo. A text is remembered the second
 * time it is found clean (see `FirstSightings`): a text seen once costs its digest and nothing
 * more. Texts with a finding are never remembered. Bounded: the texts remembered total at most
 * `maxUnits` code units, and at most `MAX_FINGERPRINTS` of them; full, it starts over. A text
 * longer than a quarter of the budget is not kept.
 */
export class RepeatedTextMemo {
  /** Digest → SHA-256 of the clean text that has it. */
  private readonly clean = new Map<number, string>();
  private readonly firstSightings = new FirstSightings(LONG_FIRST_SIGHTINGS);
  private coveredUnits = 0;
  private readonly maxLength: number;

  constructor(
    private readonly maxUnits: number,
    private readonly minLength: number,
  ) {
    this.maxLength = Math.floor(maxUnits / 4);
  }

  /** The digest of `text` if it is a length this memo keeps, else undefined. Writes the shared code-unit view. */
  digestOf(text: string): number | undefined {
    return text.length >= this.minLength && text.length <= this.maxLength ? textDigest(text) : undefined;
  }

  /** Whether `text`, whose digest is `digest`, was remembered clean. */
  holds(text: string, digest: number): boolean {
    const fingerprint = this.clean.get(digest);
    return fingerprint !== undefined && fingerprint === textFingerprint(text);
  }

  /** Notes that `text` (digest `digest`) had no finding; remembers it if it was seen before. */
  remember(text: string, digest: number): void {
    if (!this.firstSightings.seenBefore(digest)) return;
    const fingerprint = textFingerprint(text);
    if (fingerprint === undefined) return;
    if (this.coveredUnits + text.length > this.maxUnits || this.clean.size >= MAX_FINGERPRINTS) {
      this.clean.clear();
      this.coveredUnits = 0;
    }
    // A digest shared with another text: the newer takes its place, and its length is counted
    // twice until the memo starts over.
    this.clean.set(digest, fingerprint);
    this.coveredUnits += text.length;
  }

  /** Code units of the texts remembered (for tests and diagnostics). */
  get size(): number {
    return this.coveredUnits;
  }

  /** Fingerprints held (for tests and diagnostics). */
  get fingerprints(): number {
    return this.clean.size;
  }
}
