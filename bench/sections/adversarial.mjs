import { Worker } from 'node:worker_threads';
import { ADVERSARIAL_CASES, ADVERSARIAL_SIZES } from '../lib/adversarial-cases.mjs';

const WORKER_URL = new URL('../lib/adversarial-worker.mjs', import.meta.url);
/** A linear scan of 5 MB in all takes about a second even at 5 MB/s; 15 s means it hangs. */
const CASE_TIMEOUT_MS = 15_000;

/**
 * Linear-time check: each near-miss input at 256 KB, 1 MB and 4 MB through `redactString`.
 * Ratios t(1 MB) / t(256 KB) and t(4 MB) / t(1 MB), each time the fastest of several runs in
 * CPU time: about 4 means linear, about 16 quadratic. A case that exceeds its time limit is
 * stopped and reported as such.
 */
export async function runAdversarial({ distUrl, log, repeats = 5 }) {
  const rows = [];
  const [small, medium, large] = ADVERSARIAL_SIZES;
  for (let index = 0; index < ADVERSARIAL_CASES.length; index++) {
    const name = ADVERSARIAL_CASES[index].name;
    const outcome = await runCase(distUrl, index, repeats);
    const at = (size) => outcome.results.get(size);
    const ratio = (from, to) => (at(from) && at(to) ? at(to).ms / at(from).ms : null);
    const row = {
      name,
      ms256k: at(small)?.ms ?? null,
      ms1m: at(medium)?.ms ?? null,
      ms4m: at(large)?.ms ?? null,
      wallMs256k: at(small)?.wallMs ?? null,
      wallMs1m: at(medium)?.wallMs ?? null,
      wallMs4m: at(large)?.wallMs ?? null,
      ratio: ratio(small, medium),
      ratio4m: ratio(medium, large),
      mbPerSecond1m: at(medium) ? medium / 1e6 / (at(medium).ms / 1000) : null,
      changed: at(medium)?.changed ?? at(small)?.changed ?? null,
      status: outcome.status,
    };
    rows.push(row);
    const ratios = `ratios ${fmtRatio(row.ratio)} ${fmtRatio(row.ratio4m)}`;
    log(`  ${name.padEnd(44)} ${fmt(row.ms256k)} ms ${fmt(row.ms1m)} ms ${fmt(row.ms4m)} ms  ${ratios}  ${outcome.status}`);
  }
  return rows;
}

function fmtRatio(value) {
  return value === null ? '-' : value.toFixed(2);
}

function fmt(value) {
  return value === null ? '   -   ' : value.toFixed(2).padStart(7);
}

function runCase(distUrl, caseIndex, repeats) {
  return new Promise((resolve) => {
    const results = new Map();
    const worker = new Worker(WORKER_URL, {
      workerData: { distUrl, caseIndex, sizes: ADVERSARIAL_SIZES, repeats },
      // Workers reject process-wide flags such as --expose-gc; they need none.
      execArgv: [],
    });
    let settled = false;
    const finish = (status) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate().finally(() => resolve({ status, results }));
    };
    const timer = setTimeout(() => finish(`stopped after ${CASE_TIMEOUT_MS / 1000} s`), CASE_TIMEOUT_MS);
    worker.on('message', (message) => {
      if (message.type === 'result') results.set(message.size, message);
      if (message.type === 'done') finish('ok');
    });
    // Our own failures (module loading, memory limits): the detectors fail closed and never throw.
    worker.on('error', (error) => finish(`error: ${error?.code ?? error?.name ?? 'Error'}: ${String(error?.message).slice(0, 80)}`));
    worker.on('exit', () => finish(results.size === ADVERSARIAL_SIZES.length ? 'ok' : 'worker exited early'));
  });
}
