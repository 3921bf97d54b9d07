import { ownCopy } from './clean-text-memo.js';
import { textDigest } from './text/text-digest.js';

/**
 * Long texts the redactor found nothing in, remembered so that the same text seen again costs a
 * hash and a comparison instead of a scan. LLM telemetry repeats long texts: the system prompt
 * and tool definitions go out with every request, and a chat's history is sent again on every
 * turn, so by the tenth turn most of a span's content has been scanned before.
 *
 * A text is looked up by its digest (see `textDigest`, a few per cent of a scan) and trusted only
 * when it equals the remembered copy, so a digest collision costs a scan, never a leak. Texts
 * with a finding are never remembered. The memo keeps its own copy of each text (see `ownCopy`),
 * at most `maxUnits` code units of them (two bytes each), and starts over when full; a text
 * longer than a quarter of that is not kept.
 */
export class RepeatedTextMemo {
  /** Digest → an own copy of the clean text that has it. */
  private readonly clean = new Map<number, string>();
  private heldUnits = 0;
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
    return this.clean.get(digest) === text;
  }

  /** Remembers that `text` (digest `digest`) had no finding. */
  remember(text: string, digest: number): void {
    const replaced = this.clean.get(digest);
    if (replaced !== undefined) this.heldUnits -= replaced.length;
    if (this.heldUnits + text.length > this.maxUnits) {
      this.clean.clear();
      this.heldUnits = 0;
    }
    this.clean.set(digest, ownCopy(text));
    this.heldUnits += text.length;
  }

  /** Code units of copies held (for tests and diagnostics). */
  get size(): number {
    return this.heldUnits;
  }
}
