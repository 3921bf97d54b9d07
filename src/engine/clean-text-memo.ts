import { FirstSightings } from './first-sightings.js';
import { textDigest } from './text/text-digest.js';

/** Short values seen once that the memo keeps track of: the ones that repeat (`role`, model names) come back soon. */
export const FIRST_SIGHTINGS = 4_096;

/**
 * Short strings the scanner found nothing in. Telemetry repeats the same small values and keys
 * in every record (`role: "user"`, `type: "text"`, model names, tool names, JSON keys such as
 * `content` and `parts`); scanning is deterministic for a given policy, so a clean string stays
 * clean and a `Set` lookup replaces a scan. Strings with a finding are never remembered: they
 * are redacted and counted every time. Bounded: the set starts over when full.
 *
 * A string is remembered the second time it is found clean (see `FirstSightings`): ids,
 * UUIDs and timestamps come once, and copying each into the set would cost more than it saves.
 */
export class CleanTextMemo {
  private readonly remembered = new Set<string>();
  private readonly firstSightings = new FirstSightings(FIRST_SIGHTINGS);

  constructor(
    private readonly maxEntries: number,
    private readonly maxLength: number,
  ) {}

  has(text: string): boolean {
    return text.length <= this.maxLength && this.remembered.has(text);
  }

  remember(text: string): void {
    if (text.length > this.maxLength) return;
    if (!this.firstSightings.seenBefore(textDigest(text))) return;
    if (this.remembered.size >= this.maxEntries) this.remembered.clear();
    this.remembered.add(ownCopy(text));
  }
}

/**
 * A string that holds its own characters. A substring handed to us may be a view into a much
 * larger string (V8 slices anything of 13 characters or more without copying), and remembering
 * the view would keep the whole parent alive for as long as the entry lives.
 */
export function ownCopy(text: string): string {
  // The concatenation is flattened into a new string when sliced, and the slice refers to that
  // new string only: one native copy (about 60 ns per KB, where a JSON round trip takes 3 µs).
  return (' ' + text).slice(1);
}
