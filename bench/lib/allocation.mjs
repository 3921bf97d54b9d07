import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';

/**
 * Bytes allocated per call, from the growth of the V8 heap over many calls with no garbage
 * collection in between. Needs `--expose-gc`. A gc during the window would hide allocation,
 * so each window is checked against the gc entries of a PerformanceObserver and repeated
 * with fewer calls when one occurred. The same loop around an identity function is the
 * baseline (the loop and the heap probe itself), subtracted from the result.
 */

const gcWindows = [];
let observer;

function watchGc() {
  if (observer) return;
  observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcWindows.push([entry.startTime, entry.startTime + entry.duration]);
  });
  observer.observe({ entryTypes: ['gc'] });
}

export function stopWatchingGc() {
  observer?.disconnect();
  observer = undefined;
}

const nextTick = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Bytes in the spaces that per-call garbage lands in: the young generation, and the large-object
 * spaces for big strings and arrays. Code and feedback that the compiler adds to the old and code
 * spaces while a loop warms up are not allocations of the call.
 */
const GARBAGE_SPACES = new Set(['new_space', 'new_large_object_space', 'large_object_space']);

function usedHeap() {
  let used = 0;
  for (const space of v8.getHeapSpaceStatistics()) if (GARBAGE_SPACES.has(space.space_name)) used += space.space_used_size;
  return used;
}

async function window(fn, input, calls) {
  globalThis.gc();
  globalThis.gc();
  await nextTick();
  const from = performance.now();
  const before = usedHeap();
  let sink;
  for (let i = 0; i < calls; i++) sink = fn(input);
  const after = usedHeap();
  const to = performance.now();
  // GC entries arrive asynchronously; let the observer catch up before judging the window.
  await nextTick();
  await nextTick();
  const collected = gcWindows.some(([start, end]) => end >= from && start <= to);
  return { bytes: after - before, collected, sink };
}

const identity = (value) => value;

/**
 * Returns `{ bytesPerCall, calls }` (never negative), or null when `--expose-gc` is missing.
 * A short calibration window sizes the real one: small enough to stay clear of a young-gen
 * collection (a few MB) and of `maxMs`, large enough to average out the probe.
 */
export async function bytesPerCall(fn, input, { calls = 20_000, warmup = 2_000, maxMs = 600 } = {}) {
  if (typeof globalThis.gc !== 'function') return null;
  watchGc();
  for (let i = 0; i < warmup; i++) fn(input);
  for (let i = 0; i < warmup; i++) identity(input);
  const probeCalls = 100;
  const probeStart = performance.now();
  const probe = await window(fn, input, probeCalls);
  const msPerCall = (performance.now() - probeStart) / probeCalls;
  const bytesEstimate = Math.max(1, probe.bytes / probeCalls);
  let n = Math.max(probeCalls, Math.min(calls, Math.floor((4 * 1024 * 1024) / bytesEstimate), Math.floor(maxMs / msPerCall)));
  for (let attempt = 0; attempt < 6; attempt++) {
    const base = await window(identity, input, n);
    const measured = await window(fn, input, n);
    if (!base.collected && !measured.collected) {
      return { bytesPerCall: Math.max(0, (measured.bytes - base.bytes) / n), calls: n };
    }
    n = Math.max(50, Math.floor(n / 4));
  }
  return { bytesPerCall: NaN, calls: n, note: 'a gc ran during every window' };
}
