import { OURS } from '../lib/contenders.mjs';
import { score } from '../lib/recall.mjs';
import { charCodeSweep } from '../lib/reference-pass.mjs';
import { throughput } from '../lib/timing.mjs';

/**
 * Speed and recall of every contender on the same texts: MB per CPU-second on clean prose,
 * PII-dense text and GenAI message JSON (strings of about 4 KB, one call per string), then
 * recall on the labelled sentences and how many hard negatives each leaves intact.
 */

export async function runScanning({ contenders, corpus, log }) {
  const texts = { cleanProse: corpus.cleanProse, piiDense: corpus.piiDense, genaiJson: corpus.genaiJson };
  const rows = [];
  for (const contender of contenders) {
    const isOurs = contender.name.startsWith(OURS);
    const budget = isOurs
      ? // Our engine reaches its steady state only after ~8 passes (~2 MB) over a corpus: dozens
        // of detector functions to optimise and inline. Peers are a handful of regexes.
        { rounds: 5, roundMs: 300, warmupMs: 1000, warmupPasses: 8, maxWarmupMs: 5000 }
      : { rounds: 3, roundMs: 300, warmupMs: 300, warmupPasses: 1, maxWarmupMs: 1500 };
    const row = { name: contender.name, version: contender.version, api: contender.api, mbPerSecond: {}, mbPerWallSecond: {}, cpuUsPerCall: {} };
    for (const [label, list] of Object.entries(texts)) {
      const result = await throughput(contender.redact, list, { ...budget, isAsync: contender.isAsync });
      row.mbPerSecond[label] = result.mbPerSecond;
      row.mbPerWallSecond[label] = result.mbPerWallSecond;
      row.cpuUsPerCall[label] = result.cpuUsPerCall;
    }
    const quality = await score(contender.redact, corpus.labelled, corpus.negatives);
    row.quality = quality;
    rows.push(row);
    const speeds = `clean ${fmt(row.mbPerSecond.cleanProse)}  dense ${fmt(row.mbPerSecond.piiDense)}  json ${fmt(row.mbPerSecond.genaiJson)}`;
    const scores = `recall ${(quality.recall * 100).toFixed(1)}%  negatives kept ${(quality.negativesKept * 100).toFixed(1)}%`;
    log(`  ${contender.name.padEnd(36)} ${speeds} MB/s  ${scores}`);
  }
  const reference = { name: 'reference: one charCodeAt pass', mbPerSecond: {}, mbPerWallSecond: {} };
  for (const [label, list] of Object.entries(texts)) {
    const result = await throughput(charCodeSweep, list, { rounds: 3, roundMs: 150, warmupMs: 100 });
    reference.mbPerSecond[label] = result.mbPerSecond;
    reference.mbPerWallSecond[label] = result.mbPerWallSecond;
  }
  return { rows, reference };
}

function fmt(value) {
  return value >= 100 ? value.toFixed(0).padStart(6) : value.toFixed(2).padStart(6);
}
