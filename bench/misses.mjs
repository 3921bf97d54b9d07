/**
 * Which labelled values a redactor misses and which hard negatives it damages, one line
 * each, for detector owners:  node bench/misses.mjs [ours|all-on|@redactpii/node|redact-pii|openredaction]
 * Prints to the console only (the values are synthetic, but some are shaped like keys).
 */
import { loadOurs, loadPeers } from './lib/contenders.mjs';
import { buildCorpus } from './lib/corpus.mjs';
import { score } from './lib/recall.mjs';

const wanted = process.argv[2] ?? 'ours';
const distUrl = new URL('../dist/index.js', import.meta.url).href;
const [defaults, allOn] = await loadOurs(distUrl);
const byName = { ours: defaults, 'all-on': allOn };
if (!(wanted in byName)) {
  const { peers } = await loadPeers();
  for (const peer of peers) byName[peer.name] = peer;
}
const contender = byName[wanted];
if (!contender) {
  console.error(`unknown redactor "${wanted}"; choose from ${Object.keys(byName).join(', ')}`);
  process.exit(2);
}
const corpus = buildCorpus();
const result = await score(contender.redact, corpus.labelled, corpus.negatives);
const oneLine = (text) => JSON.stringify(text.length > 160 ? text.slice(0, 157) + '...' : text);
console.log(`${contender.name}: recall ${(result.recall * 100).toFixed(1)}%, negatives kept ${(result.negativesKept * 100).toFixed(1)}%\n`);
console.log(`missed (${result.missed.length}):`);
for (const { item, output } of result.missed) console.log(`  ${item.category.padEnd(15)} ${oneLine(item.text)}\n  ${''.padEnd(15)} → ${oneLine(output)}`);
console.log(`\ndamaged hard negatives (${result.damaged.length}):`);
for (const { item, output } of result.damaged) console.log(`  ${item.kind.padEnd(24)} ${oneLine(item.text)}\n  ${''.padEnd(24)} → ${oneLine(output)}`);
