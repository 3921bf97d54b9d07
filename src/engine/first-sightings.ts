/**
 * The digests of texts seen once, for memos that keep a text only the second time they meet it:
 * telemetry is full of values seen once (response and tool-call ids, UUIDs, timestamps, a RAG
 * chunk), and keeping each would cost more than it ever saves and flush what does repeat. Each
 * pair of slots holds the two last digests that fell in it, the newer first, so that two texts
 * sharing a pair can alternate. A collision at worst makes a text count as seen before once.
 */
export class FirstSightings {
  private readonly slots: Int32Array;

  /** `slots`: a power of two, at least 2; a text is forgotten after about that many others. */
  constructor(slots: number) {
    this.slots = new Int32Array(slots);
  }

  /** Whether `digest` was noted before; notes it when it was not. */
  seenBefore(digest: number): boolean {
    const slots = this.slots;
    const slot = digest & (slots.length - 2);
    if (slots[slot] === digest || slots[slot + 1] === digest) return true;
    slots[slot + 1] = slots[slot]!;
    slots[slot] = digest;
    return false;
  }
}
