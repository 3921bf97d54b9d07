#!/usr/bin/env node
/**
 * Prints the accuracy of the default redactor on the labelled corpus (test/corpus/):
 * per-type recall, typed recall, partial removals, hard-negative keep-rate, per-source figures.
 *
 *   node scripts/corpus-report.mjs              table only
 *   node scripts/corpus-report.mjs --verbose    plus every miss, changed negative and unlabelled finding
 *   node scripts/corpus-report.mjs --type PERSON  misses of one type only
 *   node scripts/corpus-report.mjs --json       the whole score as JSON
 *
 * The corpus and the engine are TypeScript, so the script re-runs itself under vite-node
 * (installed with vitest) rather than needing a build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

if (process.env.CORPUS_REPORT_CHILD !== '1') {
  const viteNode = join(root, 'node_modules', 'vite-node', 'vite-node.mjs');
  if (!existsSync(viteNode)) {
    console.error('vite-node is missing: run `npm install` first (it comes with vitest).');
    process.exit(1);
  }
  const child = spawnSync(process.execPath, [viteNode, fileURLToPath(import.meta.url), '--', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CORPUS_REPORT_CHILD: '1' },
  });
  process.exit(child.status ?? 1);
}

const options = parseArgs(args.filter((a) => a !== '--'));
const corpus = await import('../test/support/corpus.ts');
const { createRedactor } = await import('../src/index.ts');

const score = corpus.scoreCorpus(corpus.loadCorpus(), createRedactor());
const optIn = corpus.scoreCorpus(corpus.loadOptInCorpus(), createRedactor({ detectors: corpus.OPT_IN_DETECTORS }));

if (options.json) {
  console.log(JSON.stringify({ default: score, optIn }, null, 2));
  process.exit(0);
}

const only = (list) => (options.type ? list.filter((entry) => entry.type === options.type) : list);
const limit = options.verbose || options.type ? Infinity : 25;

console.log(corpus.formatReport(score));
section('missed (value or a fragment of it survived redaction)', corpus.formatMisses(only(score.misses), limit));
if (!options.type) section('hard negatives changed', corpus.formatKeepFailures(score.keepFailures, limit));
if (options.verbose || options.type) {
  section('removed, but not as their own type', corpus.formatMisses(only(score.untyped)));
  section('unlabelled findings (false positives or missing labels)', corpus.formatExtras(only(score.extras)));
}
console.log('\n--- off-by-default detectors, switched on ---');
console.log(corpus.formatReport(optIn, {}));
section('missed', corpus.formatMisses(only(optIn.misses), limit));

function section(title, body) {
  if (body.length > 0) console.log(`\n${title}:\n${body}`);
}

function parseArgs(list) {
  const parsed = { verbose: false, json: false, type: undefined };
  for (let i = 0; i < list.length; i++) {
    const arg = list[i];
    if (arg === '--verbose' || arg === '-v') parsed.verbose = true;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--type') parsed.type = list[++i]?.toUpperCase();
    else if (arg.startsWith('--type=')) parsed.type = arg.slice(7).toUpperCase();
    else {
      console.error(`unknown option ${arg}; use --verbose, --json or --type TYPE`);
      process.exit(2);
    }
  }
  return parsed;
}
