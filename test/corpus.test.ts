import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../src/index.js';
import {
  corpusProblems,
  formatExtras,
  formatKeepFailures,
  formatMisses,
  formatReport,
  KEEP_RATE_TARGET,
  loadCorpus,
  loadOptInCorpus,
  OPT_IN_DETECTORS,
  RECALL_TARGETS,
  scoreCorpus,
} from './support/corpus.js';

/** `CORPUS_REPORT=verbose` prints every miss, keep failure and unlabelled finding. */
const VERBOSE = process.env.CORPUS_REPORT === 'verbose';

const corpus = loadCorpus();

describe('evaluation corpus', () => {
  it('is large and varied enough to mean something', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    expect(corpus.filter((item) => item.expect.length === 0).length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((item) => item.source)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(corpus.map((item) => item.lang)).size).toBeGreaterThanOrEqual(7);
  });

  it('has labels that match the text, valid check digits and keeps outside labelled values', () => {
    expect(corpusProblems(corpus)).toEqual([]);
    expect(corpusProblems(loadOptInCorpus())).toEqual([]);
  });

  it('is deterministic', () => {
    expect(loadCorpus()).toEqual(corpus);
  });

  it('keeps no credential-shaped string in its source files (secrets are generated at build time)', () => {
    const dir = fileURLToPath(new URL('./corpus', import.meta.url));
    const files = [...readdirSync(dir), ...readdirSync(join(dir, 'items')).map((f) => join('items', f))].filter((f) => f.endsWith('.ts'));
    const liveLooking = [
      /sk-(?:proj-|ant-api03-|svcacct-)?[A-Za-z0-9_-]{20,}/g,
      /\bgh[pousr]_[A-Za-z0-9]{30,}/g,
      /github_pat_[A-Za-z0-9_]{30,}/g,
      /glpat-[A-Za-z0-9_-]{20}/g,
      /xox[bp]-[0-9-]{10,}[A-Za-z0-9-]*/g,
      /\b[sr]k_live_[A-Za-z0-9]{10,}/g,
      /AIza[A-Za-z0-9_-]{30,}/g,
      /\bnpm_[A-Za-z0-9]{30,}/g,
      /\bhf_[A-Za-z]{30,}/g,
      /\bAKIA[A-Z2-7]{16}\b/g,
      /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\./g,
    ];
    // Placeholders such as `sk-ant-xxxx…` are fine; AWS's documented key ends in EXAMPLE.
    const isPlaceholder = (match: string): boolean => new Set(match.slice(-16)).size < 6 || match.endsWith('EXAMPLE');
    const offenders = files.flatMap((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      return liveLooking.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[0]).filter((m) => !isPlaceholder(m)).map((m) => `${file}: ${m}`));
    });
    expect(offenders).toEqual([]);
  });
});

describe('accuracy on the evaluation corpus (default policy)', () => {
  const score = scoreCorpus(corpus, createRedactor());

  it('reports per-type recall, typed recall and hard-negative keep-rate', () => {
    const sections = [formatReport(score)];
    if (score.misses.length > 0) sections.push(`\nmissed (value or a fragment of it survived redaction):\n${formatMisses(score.misses, VERBOSE ? Infinity : 40)}`);
    if (score.keepFailures.length > 0) sections.push(`\nhard negatives changed:\n${formatKeepFailures(score.keepFailures, VERBOSE ? Infinity : 40)}`);
    if (VERBOSE && score.untyped.length > 0) sections.push(`\nremoved under another type:\n${formatMisses(score.untyped)}`);
    if (VERBOSE && score.extras.length > 0) sections.push(`\nunlabelled findings:\n${formatExtras(score.extras)}`);
    console.log(sections.join('\n'));
    expect(score.types.length).toBeGreaterThan(0);
  });

  for (const [type, target] of Object.entries(RECALL_TARGETS)) {
    it(`recall of ${type} is at least ${target}`, () => {
      const typeScore = score.types.find((t) => t.type === type);
      expect(typeScore, `no ${type} values in the corpus`).toBeDefined();
      const misses = score.misses.filter((m) => m.type === type);
      expect(typeScore!.recall, `${type} misses:\n${formatMisses(misses)}`).toBeGreaterThanOrEqual(target);
    });
  }

  it(`keeps at least ${KEEP_RATE_TARGET * 100}% of hard negatives verbatim`, () => {
    expect(score.keepRate, `changed hard negatives:\n${formatKeepFailures(score.keepFailures)}`).toBeGreaterThanOrEqual(KEEP_RATE_TARGET);
  });
});

describe('accuracy of the off-by-default identifier detectors (switched on)', () => {
  const score = scoreCorpus(loadOptInCorpus(), createRedactor({ detectors: OPT_IN_DETECTORS }));

  it('reports recall and keep-rate (not asserted: these detectors are opt-in)', () => {
    const sections = [formatReport(score, {})];
    if (score.misses.length > 0) sections.push(`\nmissed:\n${formatMisses(score.misses)}`);
    if (score.keepFailures.length > 0) sections.push(`\nhard negatives changed:\n${formatKeepFailures(score.keepFailures)}`);
    console.log(sections.join('\n'));
    expect(score.types.length).toBeGreaterThan(0);
  });
});
