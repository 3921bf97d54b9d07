/**
 * Summarises a .cpuprofile: self time per function and per source line, and inclusive time
 * of the package's functions, mapped back to src/ file:line through dist/index.js.map.
 *
 *   node bench/profile-summary.mjs <file>.cpuprofile [top=25]
 *   node bench/profile-summary.mjs <file>.heapprofile [top=25]   (node --heap-prof: bytes allocated)
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: profile-summary.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const isHeapProfile = profile.head !== undefined;

const mapsByUrl = new Map();
function sourceMapFor(url) {
  if (!url.startsWith('file://') || !url.includes('/dist/')) return undefined;
  if (!mapsByUrl.has(url)) {
    try {
      mapsByUrl.set(url, new SourceMap(JSON.parse(readFileSync(fileURLToPath(url) + '.map', 'utf8'))));
    } catch {
      mapsByUrl.set(url, undefined);
    }
  }
  return mapsByUrl.get(url);
}

function locate(url, line, column) {
  const map = sourceMapFor(url);
  if (map) {
    const entry = map.findEntry(line, column);
    if (entry?.originalSource) {
      const source = entry.originalSource.replace(/^.*?\/src\//, 'src/');
      return `${source}:${entry.originalLine + 1}`;
    }
  }
  const short = url.replace(/^file:\/\/.*?\/(bench|dist|node_modules)\//, '$1/');
  return url ? `${short}:${line + 1}` : '(native)';
}

if (isHeapProfile) {
  summariseHeap(profile.head);
  process.exit(0);
}

/** A .heapprofile (node --heap-prof): bytes allocated per function and per allocating stack. */
function summariseHeap(head) {
  const byFunction = new Map();
  const byStack = new Map();
  let total = 0;
  const walk = (node, stack) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const here = `${functionName || '(anonymous)'} @ ${locate(url, lineNumber, columnNumber)}`;
    const path = url.includes('/dist/') ? [...stack, here] : stack;
    if (node.selfSize > 0) {
      total += node.selfSize;
      byFunction.set(here, (byFunction.get(here) ?? 0) + node.selfSize);
      const key = path.slice(-3).join(' ← ') || here;
      byStack.set(key, (byStack.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children ?? []) walk(child, path);
  };
  walk(head, []);
  const show = (title, map) => {
    console.log(`\n${title}`);
    for (const [key, bytes] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((bytes / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
    }
  };
  console.log(`total sampled allocation ${(total / 1e6).toFixed(1)} MB`);
  show('allocated by function (self)', byFunction);
  show('allocated by innermost package frames (last three, innermost last)', byStack);
}

// Self samples per node, from the sample list and time deltas.
const selfMicros = new Map();
const { samples, timeDeltas } = profile;
for (let i = 0; i < samples.length; i++) selfMicros.set(samples[i], (selfMicros.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

const byFunction = new Map();
const byLine = new Map();
for (const node of profile.nodes) {
  const micros = selfMicros.get(node.id) ?? 0;
  if (micros === 0) continue;
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const where = locate(url, lineNumber, columnNumber);
  const key = `${functionName || '(anonymous)'} @ ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  for (const tick of node.positionTicks ?? []) {
    const lineKey = `${locate(url, tick.line - 1, 0)} in ${functionName || '(anonymous)'}`;
    // positionTicks count samples, not time; scale by the node's average sample time.
    const hitCount = node.hitCount || 1;
    byLine.set(lineKey, (byLine.get(lineKey) ?? 0) + (micros * tick.ticks) / hitCount);
  }
}

// Inclusive time: a function's self time plus everything it called (counted once per stack,
// so recursion does not double-count).
const nodesById = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const inclusive = new Map();
for (const [id, micros] of selfMicros) {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const { functionName, url, lineNumber, columnNumber } = nodesById.get(at).callFrame;
    if (!url.includes('/dist/')) continue;
    const key = `${functionName || '(anonymous)'} @ ${locate(url, lineNumber, columnNumber)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
  }
}

const print = (title, map, limit) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`${((micros / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
};
console.log(`total sampled ${(total / 1e6).toFixed(2)} s`);
print('self time by function', byFunction, top);
print('self time by source line (lines with ticks)', byLine, top);
print('inclusive time by function (package code only)', inclusive, top);
