import { SCAN_EVERY_TIME } from '../lib/policies.mjs';
import { cpuMs, median } from '../lib/timing.mjs';

/**
 * What the default policy's memo of long clean texts (`rememberCleanText`) costs where it cannot
 * help: every text is new. Each corpus text (in JSON, each message's content) gets a line of its
 * own in front (`Ticket 3-1-17: …`), so no two texts are equal. Two redactors, the default
 * policy and `rememberCleanText: false`, take turns on the same texts; CPU µs per text, median of
 * the rounds. The chat rows of the Processors table show what the memo gains where texts repeat.
 */

const ROUNDS = 48;
/** Untimed first rounds: our engine reaches its steady state only after ~8 passes over a corpus. */
const WARMUP_ROUNDS = 16;
/** Each corpus text goes in this many times a round, each time with a line of its own. */
const COPIES = 2;

/**
 * The texts with a line of their own in front; in JSON, in front of every `content` string, so
 * that each message is new and the document stays JSON.
 */
function freshTexts(texts, round, json) {
  const fresh = [];
  for (let copy = 0; copy < COPIES; copy++) {
    for (const [i, text] of texts.entries()) {
      const ticket = `Ticket ${round}-${copy}-${i}: `;
      const variant = json ? text.replaceAll('"content":"', `"content":"${ticket}`) : ticket + text;
      // The slice flattens the new string, as a string read from a request would be.
      fresh.push(` ${variant}`.slice(1));
    }
  }
  return fresh;
}

export async function runMemo({ dist, corpus, log }) {
  const corpora = { cleanProse: corpus.cleanProse, piiDense: corpus.piiDense, genaiJson: corpus.genaiJson };
  const out = {};
  for (const [label, texts] of Object.entries(corpora)) {
    const arms = { scanning: dist.createRedactor(SCAN_EVERY_TIME), remembering: dist.createRedactor() };
    const times = { scanning: [], remembering: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const fresh = freshTexts(texts, round, label === 'genaiJson');
      // Each arm goes first in turn, so that neither always pays for the other's garbage.
      const order = round % 2 === 0 ? ['scanning', 'remembering'] : ['remembering', 'scanning'];
      for (const arm of order) {
        const redactor = arms[arm];
        const start = cpuMs();
        for (const text of fresh) redactor.redactString(text);
        if (round >= WARMUP_ROUNDS) times[arm].push(((cpuMs() - start) * 1000) / fresh.length);
      }
    }
    const scanning = median(times.scanning);
    const remembering = median(times.remembering);
    out[label] = { usScanning: scanning, usRemembering: remembering, ratio: remembering / scanning };
    log(`  ${label}, every text new: ${scanning.toFixed(1)} µs per text scanning every time, ${remembering.toFixed(1)} µs with the default policy (${(remembering / scanning).toFixed(3)}x)`);
  }
  return out;
}
