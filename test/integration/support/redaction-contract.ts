// The tests every row shares, declared inside the row's `describe` once its pipeline has run:
// the instrumentation really recorded the planted values; none of them reached the receiver
// in any form; structure, metadata and JSON shape survived; the non-PII words are readable.
import { expect, it } from 'vitest';
import { exportedText, findLeaks, formatLeaks, logRecordRegressions, plantedInControl, spanRegressions } from './checks.js';
import type { TelemetryPipeline } from './pipeline.js';
import { SAFE_WORDS, type PlantedName } from './planted.js';

function controlText(pipeline: TelemetryPipeline): string {
  return JSON.stringify([pipeline.control.spans, pipeline.control.logRecords]);
}

export function itKeepsTheRedactionContract(pipeline: () => TelemetryPipeline, planted: readonly PlantedName[]): void {
  it('records the planted values before redaction (unredacted control copy)', () => {
    expect(plantedInControl(pipeline())).toEqual(expect.arrayContaining([...planted]));
  });

  it('exports no planted value: not raw, JSON-escaped, URL-encoded or base64-encoded', () => {
    const { receiver } = pipeline();
    expect(receiver.requests.length).toBeGreaterThan(0);
    expect(formatLeaks(findLeaks(receiver))).toEqual([]);
  });

  it('keeps span structure, names, events and metadata; JSON-valued attributes still parse', () => {
    const { control, receiver } = pipeline();
    expect(spanRegressions(control.spans, receiver.spans())).toEqual([]);
    expect(logRecordRegressions(control.logRecords, receiver.logRecords())).toEqual([]);
  });

  it('keeps the words around the planted values readable', () => {
    const before = controlText(pipeline());
    const after = exportedText(pipeline().receiver);
    const expected = Object.values(SAFE_WORDS).filter((word) => before.includes(word));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((word) => !after.includes(word))).toEqual([]);
  });
}
