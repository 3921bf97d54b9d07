import { codeUnitsOf } from './code-units.js';
import { KERNEL_DIGEST_UNITS, kernelHolding } from './kernel/kernel.js';
import { HASH_SEED, hashStep } from './word-table.js';

/**
 * A 32-bit hash of `text`'s code units, for recognising a text seen before (see
 * `RepeatedTextMemo`). Not a fingerprint: two texts with the same digest may differ, so a caller
 * compares the texts before trusting a match. The kernel hashes the whole 32-unit blocks with SIMD
 * (a 4 KB text in about 0.36 µs, 2–3% of its scan); the rest, and the whole text where the kernel is off, is hashed here. The value
 * differs between the two paths; each is stable for a given text.
 */
export function textDigest(text: string): number {
  const units = codeUnitsOf(text);
  const length = text.length;
  const kernel = kernelHolding(units);
  let hash = HASH_SEED;
  let from = 0;
  if (kernel !== undefined) {
    from = length - (length % KERNEL_DIGEST_UNITS);
    hash = kernel.digestPrefix(from);
  }
  for (let i = from; i < length; i++) hash = hashStep(hash, units[i]!);
  return hashStep(hash, length);
}
