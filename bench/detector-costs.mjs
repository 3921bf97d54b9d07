#!/usr/bin/env node
// What each default detector type costs, so that an app short of CPU knows what turning one off
// (`detectors: { PERSON: false }`) would save, and what it gives up. For every type, a redactor
// with all default detectors and one without that type take turns on the bench corpora, round
// after round in one process (CPU time, best round each, as compare.mjs does); the difference is
// the type's share of the scan. Both scan every time (`rememberCleanText: false`).
//
//   npm run build && node bench/detector-costs.mjs [rounds]
import { createRedactor } from '../dist/index.js';
import { buildCorpus } from './lib/corpus.mjs';
import { SCAN_EVERY_TIME } from './lib/policies.mjs';

/** The types the default policy detects (the off-by-default national ids and wallets are left out). */
const DEFAULT_TYPES = [
  'PERSON',
  'SECRET',
  'STREET_ADDRESS',
  'PHONE',
  'IBAN',
  'CREDIT_CARD',
  'US_SSN',
  'IP_ADDRESS',
  'DATE_OF_BIRTH',
  'EMAIL',
  'USER_ID',
  'MAC_ADDRESS',
];

const rounds = Number(process.argv[2] ?? 15);
const corpus = buildCorpus();
const corpora = { 'clean prose': corpus.cleanProse, 'GenAI JSON': corpus.genaiJson, 'PII-dense': corpus.piiDense };
/** Passes per round, so that a round of each corpus takes a comparable time. */
const passes = { 'clean prose': 6, 'GenAI JSON': 3, 'PII-dense': 1 };

/** CPU µs per text of the best of `rounds` rounds, for each redactor, the two taking turns. */
function bestOfRounds(redactors, texts, passCount) {
  const best = redactors.map(() => Infinity);
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    for (let turn = 0; turn < redactors.length; turn++) {
      const index = (round + turn) % redactors.length;
      const before = process.cpuUsage();
      for (let pass = 0; pass < passCount; pass++) for (const text of texts) sink += redactors[index].redactString(text).length;
      const used = process.cpuUsage(before);
      best[index] = Math.min(best[index], (used.user + used.system) / (passCount * texts.length));
    }
  }
  if (sink === 0) console.log('');
  return best;
}

// The first pairs would otherwise be timed while the engine is still being compiled.
const warm = createRedactor(SCAN_EVERY_TIME);
const warmUntil = Date.now() + 3000;
while (Date.now() < warmUntil) for (const texts of Object.values(corpora)) for (const text of texts) warm.redactString(text);

const all = {};
const saved = {};
for (const type of DEFAULT_TYPES) {
  const redactors = [createRedactor(SCAN_EVERY_TIME), createRedactor({ ...SCAN_EVERY_TIME, detectors: { [type]: false } })];
  saved[type] = {};
  for (const [name, texts] of Object.entries(corpora)) {
    const [withAll, without] = bestOfRounds(redactors, texts, passes[name]);
    // The figure with every detector is measured once per type; its best over all of them counts.
    all[name] = Math.min(all[name] ?? Infinity, withAll);
    saved[type][name] = withAll - without;
  }
}

const names = Object.keys(corpora);
const lines = [
  `| type turned off | ${names.map((name) => `${name}: µs saved per text (share)`).join(' | ')} |`,
  `| --- | ${names.map(() => '---:').join(' | ')} |`,
  `| (none: every default detector, µs per ~4 KB text) | ${names.map((name) => all[name].toFixed(1)).join(' | ')} |`,
];
const order = [...DEFAULT_TYPES].sort((a, b) => saved[b]['clean prose'] + saved[b]['GenAI JSON'] - (saved[a]['clean prose'] + saved[a]['GenAI JSON']));
for (const type of order) {
  const cells = names.map((name) => {
    const us = Math.max(0, saved[type][name]);
    return `${us.toFixed(1)} (${((100 * us) / all[name]).toFixed(0)}%)`;
  });
  lines.push(`| \`${type}\` | ${cells.join(' | ')} |`);
}
console.log(lines.join('\n'));
console.log(`\nbest of ${rounds} alternating rounds, CPU time; a share under ~3% is within the noise of this measure`);
