import { OURS } from './contenders.mjs';

/**
 * Turns the results object into markdown tables (printed, and written to bench/results.md)
 * and checks the figures against the targets of the issue. Never decides a target is met
 * without a measurement: a missing figure is reported as "not measured".
 */

const CORPORA = [
  ['cleanProse', 'clean prose'],
  ['piiDense', 'PII-dense'],
  ['genaiJson', 'GenAI JSON'],
];

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function mb(value) {
  if (value === undefined || value === null) return '–';
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(3);
}
const ratioText = (value) => (value === null || value === undefined ? '–' : value.toFixed(2));
const pct = (value) => `${(value * 100).toFixed(1)}%`;
const ms = (value) => (value === null || value === undefined ? '–' : value.toFixed(2));

export function scanningTables(scanning) {
  const rows = scanning.rows.map((row) => [
    row.name,
    row.version,
    ...CORPORA.map(([key]) => mb(row.mbPerSecond[key])),
    `${pct(row.quality.recall)} (${row.quality.caught}/${row.quality.labelled})`,
    `${pct(row.quality.negativesKept)} (${row.quality.kept}/${row.quality.negatives})`,
  ]);
  rows.push([`_${scanning.reference.name}_`, '', ...CORPORA.map(([key]) => mb(scanning.reference.mbPerSecond[key])), '', '']);
  const speed = table(['tool', 'version', ...CORPORA.map(([, label]) => `${label} MB/s`), 'recall', 'hard negatives kept'], rows);
  const wall = table(
    ['tool', ...CORPORA.map(([, label]) => `${label} MB/s (wall)`)],
    [...scanning.rows, scanning.reference].map((row) => [row.name, ...CORPORA.map(([key]) => mb(row.mbPerWallSecond[key]))]),
  );

  const categories = Object.keys(scanning.rows[0].quality.byCategory);
  const recall = table(
    ['category', ...scanning.rows.map((row) => row.name)],
    categories.map((category) => [
      category,
      ...scanning.rows.map((row) => {
        const bucket = row.quality.byCategory[category];
        return `${bucket.caught}/${bucket.total}`;
      }),
    ]),
  );

  const kinds = Object.keys(scanning.rows[0].quality.byKind);
  const negatives = table(
    ['hard negative (must survive)', ...scanning.rows.map((row) => row.name)],
    kinds.map((kind) => [
      kind,
      ...scanning.rows.map((row) => {
        const bucket = row.quality.byKind[kind];
        return `${bucket.kept}/${bucket.total}`;
      }),
    ]),
  );
  return { speed, wall, recall, negatives };
}

export function allocationTable(allocation) {
  if (allocation.skipped) return `_skipped: ${allocation.skipped}_`;
  return table(
    ['call', 'bytes allocated per call', 'calls in window'],
    allocation.rows.map((row) => [row.name, Number.isNaN(row.bytesPerCall) ? 'n/a' : row.bytesPerCall.toFixed(1), String(row.calls)]),
  );
}

export function processorTable(processors) {
  const rows = [];
  for (const [key, label] of [
    ['span', 'span, wrapping mode (chat + tool spans)'],
    ['spanInPlace', 'span, in-place mode (same spans)'],
    ['spanOpenInference', 'chat span as OpenInference records it (messages twice), in place'],
    ['spanFreshIds', 'same spans as in place, every response and tool-call id fresh'],
    ['spanReadOnce', '_reference: a processor that reads every code unit of the same spans\' strings once (`charCodeAt`), finds nothing_'],
    ['log', 'log record (string and map bodies)'],
  ]) {
    const entry = processors[key];
    if (key !== 'span' && key !== 'log' && !entry) continue;
    if (!entry || entry.skipped) {
      rows.push([label, '–', '–', '–', entry?.skipped ?? 'not run']);
      continue;
    }
    rows.push([label, entry.usAdded.toFixed(1), entry.usWithRedaction.toFixed(1), entry.usBaseline.toFixed(1), `${entry.payloadBytes} B avg payload`]);
  }
  const chat = processors.conversation;
  if (chat) {
    const row = (label, added) => [label, added.toFixed(1), (chat.usBaseline + added).toFixed(1), chat.usBaseline.toFixed(1), `${chat.payloadBytes} B avg payload, fresh chats each round`];
    rows.push(row('chat re-sending its history, 8 turns, in place, `rememberCleanText: false`', chat.usAddedForgetting));
    rows.push(row('same chats, default policy (texts found clean twice are remembered)', chat.usAddedRemembering));
  }
  return table(['record', 'CPU µs added by processor', 'CPU µs with redaction', 'CPU µs without', 'note'], rows);
}

export function memoTable(memo) {
  const names = { cleanProse: 'clean prose', piiDense: 'PII-dense', genaiJson: 'GenAI JSON' };
  return table(
    ['4 KB texts, each new', 'CPU µs per text, `rememberCleanText: false`', 'CPU µs per text, default policy', 'ratio'],
    Object.entries(memo).map(([label, row]) => [names[label] ?? label, row.usScanning.toFixed(1), row.usRemembering.toFixed(1), row.ratio.toFixed(3)]),
  );
}

export function exportTable(exportPath) {
  if (exportPath.skipped) return `_skipped: ${exportPath.skipped}_`;
  const { baseline, redacting } = exportPath;
  const row = (label, run) => [
    label,
    (1e6 / run.cpuUsPerSpan).toFixed(0),
    run.spansPerSecond.toFixed(0),
    run.cpuUsPerSpan.toFixed(1),
    run.wireMbPerRun.toFixed(1),
  ];
  const ratio = (label, arms) => [
    label,
    (1 / (1 + arms.cpuOverhead)).toFixed(3),
    arms.throughputRatio.toFixed(3),
    (1 + arms.cpuOverhead).toFixed(3),
    '',
  ];
  const rows = [
    row('bench spans, strings made per span: BatchSpanProcessor → OTLPTraceExporter', baseline),
    row('PiiRedactingSpanProcessor.inPlace (`rememberCleanText: false`), then the same', redacting),
    ratio('ratio (with / without)', exportPath),
  ];
  const chat = exportPath.chat;
  if (chat) {
    rows.push(
      row('8-turn chats re-sending their history: BatchSpanProcessor → OTLPTraceExporter', chat.baseline),
      row('PiiRedactingSpanProcessor.inPlace (default policy), then the same', chat.redacting),
      ratio('ratio (with / without)', chat),
    );
  }
  return table(['export path', 'spans per CPU-second', 'spans/s (wall)', 'CPU µs/span', 'OTLP MB per run'], rows);
}

export function adversarialTable(rows) {
  return table(
    ['input (near-miss)', '256 KB: CPU ms', '1 MB: CPU ms', '4 MB: CPU ms', '1 MB / 256 KB', '4 MB / 1 MB', '1 MB: MB/s', 'status'],
    rows.map((row) => [
      row.name,
      ms(row.ms256k),
      ms(row.ms1m),
      ms(row.ms4m),
      ratioText(row.ratio),
      ratioText(row.ratio4m),
      mb(row.mbPerSecond1m),
      row.status,
    ]),
  );
}

export function evaluateTargets(results) {
  const targets = [];
  const ours = results.scanning?.rows.find((row) => row.name === OURS);
  const peers = results.scanning?.rows.filter((row) => !row.name.startsWith(OURS)) ?? [];
  const add = (target, measured, met) => targets.push({ target, measured, met });

  if (ours) {
    add('≥ 300 MB/s on clean prose (one core, default detectors)', `${mb(ours.mbPerSecond.cleanProse)} MB/s`, ours.mbPerSecond.cleanProse >= 300);
    add('≥ 100 MB/s on PII-dense text', `${mb(ours.mbPerSecond.piiDense)} MB/s`, ours.mbPerSecond.piiDense >= 100);
    if (peers.length > 0) {
      const speedups = CORPORA.map(([key, label]) => {
        const fastest = Math.max(...peers.map((peer) => peer.mbPerSecond[key]));
        return { label, speedup: ours.mbPerSecond[key] / fastest, needed: 10 * fastest };
      });
      const slowest = speedups.reduce((a, b) => (a.speedup < b.speedup ? a : b));
      // What 10x asks for, beside what one JavaScript pass over the same bytes reads.
      const reference = results.scanning.reference?.mbPerSecond;
      const needed = reference
        ? ` (10x is ${speedups.map((s) => mb(s.needed)).join(' / ')} MB/s; one charCodeAt pass reads ${CORPORA.map(([key]) => mb(reference[key])).join(' / ')})`
        : '';
      add(
        '≥ 10x the fastest peer (every corpus)',
        speedups.map((s) => `${s.label} ${s.speedup.toFixed(1)}x`).join(', ') + needed,
        slowest.speedup >= 10,
      );
      const bestPeer = peers.reduce((a, b) => (a.quality.recall > b.quality.recall ? a : b));
      add(
        '… while catching more (recall above every peer)',
        `ours ${pct(ours.quality.recall)} vs best peer ${bestPeer.name} ${pct(bestPeer.quality.recall)}`,
        peers.every((peer) => ours.quality.recall > peer.quality.recall),
      );
    } else {
      add('≥ 10x the fastest peer', 'not measured (no peer installed)', null);
    }
  }
  const exportPath = results.exportPath;
  if (exportPath && !exportPath.skipped) {
    const chat = exportPath.chat ? `; 8-turn chats, default policy: ${pct(exportPath.chat.cpuOverhead)} CPU` : '';
    // Judged on the bench spans scanned every time: the chats show what repetition gives, not the scan.
    // What the target leaves a span, beside what reading each of its strings once, character by character, costs.
    const budget = exportPath.baseline.cpuUsPerSpan * 0.05;
    const readOnce = results.processors?.spanReadOnce?.usAdded;
    const reading =
      `; 5% is ${budget.toFixed(1)} µs a span` +
      (readOnce !== undefined ? `, reading every string of it once takes ${readOnce.toFixed(1)} µs` : '');
    add(
      'export-path overhead ≤ 5%',
      `${pct(exportPath.cpuOverhead)} CPU (${pct(exportPath.wallOverhead)} wall)${reading}${chat}`,
      exportPath.cpuOverhead <= 0.05,
    );
  } else {
    add('export-path overhead ≤ 5%', exportPath?.skipped ?? 'not measured in this run', null);
  }
  const allocation = results.allocation;
  if (allocation && !allocation.skipped) {
    const clean = allocation.rows.filter((row) => row.expectZero);
    const worst = Math.max(...clean.map((row) => row.bytesPerCall));
    // Below one byte per call is measurement noise (a single 16-byte object every few calls shows as several).
    add('zero bytes allocated per clean string', clean.map((row) => `${row.bytesPerCall.toFixed(1)} B`).join(', '), worst < 1);
  }
  const adversarial = results.adversarial;
  if (adversarial) {
    const range = (key) => {
      const values = adversarial.filter((row) => row[key] !== null).map((row) => row[key]);
      return values.length ? `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}` : '–';
    };
    const stopped = adversarial.filter((row) => row.status !== 'ok');
    // Quadratic work shows as ≈ 16 per 4x; noise and cache effects stay well below 8.
    const blowUp = adversarial.some((row) => row.ratio > 8 || row.ratio4m > 8);
    add(
      'linear time on adversarial input (4x the input ≈ 4x the time)',
      `1 MB / 256 KB ${range('ratio')}, 4 MB / 1 MB ${range('ratio4m')}${stopped.length ? `, ${stopped.length} stopped` : ''}`,
      stopped.length === 0 && !blowUp,
    );
  }
  return targets;
}

export function targetsTable(targets) {
  return table(
    ['target', 'measured', 'met'],
    targets.map((t) => [t.target, t.measured, t.met === null ? 'not measured' : t.met ? 'yes' : '**no**']),
  );
}
