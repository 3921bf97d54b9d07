import { textKernel } from './kernel/kernel.js';

/**
 * The UTF-16 code units of the text being scanned, as a `Uint16Array`. In V8's optimised loops
 * a typed-array read costs about a third of a `charCodeAt` call (bench: a table lookup per
 * character runs at ~1.6 GB/s over the array and ~0.55 GB/s over the string), and filling the
 * array is one native copy (~20 GB/s). Character-walking detectors read this view instead of the
 * string.
 *
 * One view is shared, like the digit-run record: it describes the text of the last call and is
 * overwritten by a call about another text. A caller that may scan another string in between
 * (nothing on the scanner's hot path does) must ask again. Lone surrogates are copied as they
 * are, so indexes and values match `charCodeAt` exactly.
 */

/** Without the kernel, kept between calls up to this many code units; a larger text gets a view of its own. */
const RETAINED_UNITS = 1 << 20;

/**
 * Node's Buffer with its UTF-16 writer. `ucs2Write` is what `buf.write(text, 0, 'utf16le')`
 * ends in, minus the argument handling that allocates on every call (~12 bytes); it copies code
 * units verbatim, lone surrogates included.
 */
type UnitBuffer = Buffer & { ucs2Write?: (text: string, offset: number) => number };

const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/**
 * Up to this many code units, a loop copies faster than the native writer, whose call costs
 * about as much as copying a few dozen units (telemetry is full of short values: ids, roles, model
 * names). Measured over whole scans: the loop is 3% faster for 36-38-unit ids (UUIDs, chat
 * completion ids), as fast at 40 units, 4% slower at 48.
 */
const LOOP_COPY_UNITS = 40;

/** Copies the code units of `text` into `target` (`bytes` is a Buffer over the same memory). */
function writeUnits(text: string, target: Uint16Array, bytes: UnitBuffer | undefined): void {
  if (text.length <= LOOP_COPY_UNITS) {
    for (let i = 0; i < text.length; i++) target[i] = text.charCodeAt(i);
    return;
  }
  if (bytes?.ucs2Write !== undefined) {
    bytes.ucs2Write(text, 0);
    return;
  }
  if (bytes !== undefined) {
    bytes.write(text, 0, 'utf16le');
    return;
  }
  for (let i = 0; i < text.length; i++) target[i] = text.charCodeAt(i);
}

function bytesOver(units: Uint16Array): UnitBuffer | undefined {
  return NodeBuffer?.from(units.buffer, units.byteOffset, units.byteLength);
}

class CodeUnitView {
  /** Reused for every text up to {@link RETAINED_UNITS} when the kernel is off. */
  private retained = new Uint16Array(4_096);
  /** A Buffer over `retained`, made once per allocation so that a write allocates nothing. */
  private retainedBytes = bytesOver(this.retained);
  /** The kernel's text region as last handed out, and a Buffer over it (made again only when it grows). */
  private region: Uint16Array | undefined;
  private regionBytes: UnitBuffer | undefined;
  /** The view handed out for `text`: the kernel's text region, `retained`, or an array of its own. */
  private units: Uint16Array<ArrayBufferLike> = this.retained;
  private text: string | undefined;

  of(text: string): Uint16Array<ArrayBufferLike> {
    if (text === this.text) {
      // An equal copy compares its characters; holding it makes the next compare a pointer check.
      this.text = text;
      return this.units;
    }
    const region = textKernel()?.textView(text.length);
    if (region !== undefined) {
      // The kernel reads the same copy the detectors read.
      if (region !== this.region) {
        this.region = region;
        this.regionBytes = bytesOver(region);
      }
      this.units = region;
      writeUnits(text, region, this.regionBytes);
    } else if (text.length > RETAINED_UNITS) {
      this.units = new Uint16Array(text.length);
      writeUnits(text, this.units, bytesOver(this.units));
    } else {
      if (text.length > this.retained.length) {
        this.retained = new Uint16Array(Math.min(RETAINED_UNITS, Math.max(text.length, this.retained.length * 2)));
        this.retainedBytes = bytesOver(this.retained);
      }
      this.units = this.retained;
      writeUnits(text, this.units, this.retainedBytes);
    }
    this.text = text;
    return this.units;
  }
}

const shared = new CodeUnitView();

/**
 * The code units of `text` at indexes `[0, text.length)`; entries past the end are stale.
 * Valid until the next call with a different text.
 */
export function codeUnitsOf(text: string): Uint16Array<ArrayBufferLike> {
  return shared.of(text);
}
