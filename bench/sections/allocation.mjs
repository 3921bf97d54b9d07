import { bytesPerCall, stopWatchingGc } from '../lib/allocation.mjs';
import { idsSeenOnce } from '../lib/corpus.mjs';
import { SCAN_EVERY_TIME } from '../lib/policies.mjs';
import { Prng } from '../lib/prng.mjs';

const SHORT_CLEAN_VALUES = [
  'GET /v1/chat/completions',
  'chat gpt-4o',
  'search_orders',
  'api.openai.com',
  'stop',
  'The user asked how long shipping takes to the north office.',
  'tool call finished',
  'assistant',
];

/**
 * Bytes allocated per call on the hot path; the clean-string cases should be zero. The corpora
 * repeat, so the scanning rows turn `rememberCleanText` off, and one row shows what a text the
 * default policy remembered costs instead.
 */
export async function runAllocation({ createRedactor, corpus, log }) {
  if (typeof globalThis.gc !== 'function') {
    log('  skipped: run with node --expose-gc (npm run bench does)');
    return { skipped: 'needs --expose-gc' };
  }
  const redactor = createRedactor(SCAN_EVERY_TIME);
  const remembering = createRedactor();
  const cycle = (list, fn) => {
    let i = 0;
    return () => fn(list[i++ % list.length]);
  };
  const cases = [
    { name: 'redactString, clean prose (4 KB)', expectZero: true, fn: cycle(corpus.cleanProse, (t) => redactor.redactString(t)) },
    { name: 'redactString, short clean attribute', expectZero: true, fn: cycle(SHORT_CLEAN_VALUES, (t) => redactor.redactString(t)) },
    {
      name: 'redactString, ids each seen once',
      expectZero: true,
      // More ids than the warm-up and the window use, so that none comes twice.
      fn: cycle(idsSeenOnce(new Prng(17), 150_000), (t) => redactor.redactString(t)),
    },
    {
      name: "redactValue, clean prose under 'gen_ai.output.text'",
      expectZero: true,
      fn: cycle(corpus.cleanProse, (t) => redactor.redactValue(t, 'gen_ai.output.text')),
    },
    {
      name: 'redactString, clean prose seen before (default policy, informational)',
      expectZero: false,
      fn: cycle(corpus.cleanProse, (t) => remembering.redactString(t)),
    },
    { name: 'redactString, PII-dense (4 KB, informational)', expectZero: false, fn: cycle(corpus.piiDense, (t) => redactor.redactString(t)) },
    { name: 'redactString, GenAI JSON (4 KB, informational)', expectZero: false, fn: cycle(corpus.genaiJson, (t) => redactor.redactString(t)) },
  ];
  const rows = [];
  for (const testCase of cases) {
    // Steady state: enough warm-up calls (over 300 per text) that compilation and deoptimisation,
    // which allocate code and feedback on the heap, are over before the window opens.
    const result = await bytesPerCall(testCase.fn, undefined, {
      calls: testCase.expectZero ? 32_000 : 4_000,
      warmup: testCase.expectZero ? 20_000 : 2_000,
    });
    rows.push({ name: testCase.name, expectZero: testCase.expectZero, ...result });
    log(`  ${testCase.name.padEnd(52)} ${Number.isNaN(result.bytesPerCall) ? 'n/a' : result.bytesPerCall.toFixed(1)} B/call`);
  }
  stopWatchingGc();
  return { rows };
}
