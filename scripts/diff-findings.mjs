#!/usr/bin/env node
// Differential check for engine changes that must not change what is found (speed work,
// refactors): every detector alone, the default set and the full set, run by the working tree
// and by a git revision over the same texts, must report the same findings (type, start, end,
// confidence) for every text.
//
//   node scripts/diff-findings.mjs                    # working tree vs HEAD, every detector
//   node scripts/diff-findings.mjs --base main~3 phone person
//
// Texts: the bench corpora (clean prose, PII-dense, GenAI JSON, labelled values, hard
// negatives), the labelled test corpus, and 6,000 seeded mutations of them (windows, joins,
// inserted separators, case flips). Exits 1 on any difference and prints the first few.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'tsup';
import { buildCorpus } from '../bench/lib/corpus.mjs';

const { values, positionals } = parseArgs({ options: { base: { type: 'string', default: 'HEAD' } }, allowPositionals: true });
const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'otel-pii-diff-'));

/** Bundles the engine and the test corpus of the tree at `source` into `out`. */
async function bundle(source, out) {
  await build({
    entry: {
      detectors: join(source, 'src/engine/detectors/index.ts'),
      scanner: join(source, 'src/engine/scanner.ts'),
      testcorpus: join(source, 'test/corpus/index.ts'),
    },
    outDir: out,
    format: ['esm'],
    platform: 'node',
    splitting: true,
    dts: false,
    config: false,
    silent: true,
    external: ['@opentelemetry/api'],
  });
  const load = (name) => import(pathToFileURL(join(out, `${name}.js`)).href);
  return { ...(await load('detectors')), ...(await load('scanner')), corpus: await load('testcorpus') };
}

try {
  const baseTree = join(scratch, 'base');
  execFileSync('sh', ['-c', `mkdir -p "${baseTree}" && git -C "${root}" archive "${values.base}" src test/corpus | tar -x -C "${baseTree}"`]);
  const base = await bundle(baseTree, join(scratch, 'base-out'));
  const current = await bundle(root, join(scratch, 'current-out'));
  const texts = corpusTexts(current.corpus);
  const failures = compare(base, current, texts, positionals);
  process.exitCode = failures === 0 ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function corpusTexts(testCorpus) {
  const bench = buildCorpus();
  const texts = [];
  const add = (text) => {
    if (typeof text === 'string' && text.length > 0) texts.push(text);
  };
  for (const set of ['cleanProse', 'piiDense', 'genaiJson']) bench[set].forEach(add);
  for (const item of [...bench.labelled, ...bench.negatives]) add(item.text);
  for (const item of [...testCorpus.buildCorpus(), ...testCorpus.buildOptInCorpus()]) add(item.text);
  const seeds = texts.slice();
  const noise = [' ', '-', '.', ':', '/', '(', ')', '\n', '"', ',', '@', '_', '+', '#', '0', '1', '9', 'A', 'x', '=', "'", '\t', '’', 'é'];
  let state = 0x9e3779b9;
  const random = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  for (let n = 0; n < 6000; n++) {
    const a = pick(seeds);
    const b = pick(seeds);
    let text = `${a.slice(Math.floor((random() * a.length) / 2)).slice(0, 20 + Math.floor(random() * 300))} ${b.slice(0, 20 + Math.floor(random() * 200))}`;
    const edits = Math.floor(random() * 6);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * text.length);
      const kind = random();
      if (kind < 0.4) text = text.slice(0, at) + pick(noise) + text.slice(at);
      else if (kind < 0.6) text = text.slice(0, at) + text.slice(at + 1);
      else if (kind < 0.8) text = text.slice(0, at) + text.charAt(at).toUpperCase() + text.slice(at + 1);
      else text = text.slice(0, at) + text.charAt(at).toLowerCase() + text.slice(at + 1);
    }
    texts.push(text);
  }
  return texts;
}

function compare(base, current, texts, filters) {
  const names = current.builtinDetectors.map((d) => d.name).filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)));
  const byName = (engine, name) => engine.builtinDetectors.find((d) => d.name === name);
  const describe = (findings) => findings.map((f) => `${f.type}:${f.start}-${f.end}@${f.confidence}`).join(' ');
  let failures = 0;
  const check = (label, scannerOf) => {
    const [before, after] = [scannerOf(base), scannerOf(current)];
    if (before === undefined || after === undefined) {
      console.log(`skip ${label}: not in both trees`);
      return;
    }
    let differing = 0;
    const shown = [];
    for (const text of texts) {
      const expected = describe(before.scan(text));
      const actual = describe(after.scan(text));
      if (expected === actual) continue;
      differing++;
      if (shown.length < 3) shown.push({ text: text.length > 300 ? `${text.slice(0, 300)}…` : text, expected, actual });
    }
    console.log(`${differing === 0 ? 'same' : 'DIFF'} ${label}: ${differing} of ${texts.length} texts`);
    for (const d of shown) console.log(`   text: ${JSON.stringify(d.text)}\n   base: ${d.expected}\n   now:  ${d.actual}`);
    failures += differing;
  };
  for (const name of names) {
    check(name, (engine) => {
      const detector = byName(engine, name);
      return detector && new engine.Scanner([detector]);
    });
  }
  if (filters.length === 0) {
    check('all default detectors', (engine) => new engine.Scanner(engine.builtinDetectors.filter((d) => d.enabledByDefault)));
    check('all detectors', (engine) => new engine.Scanner(engine.builtinDetectors));
  }
  return failures;
}
