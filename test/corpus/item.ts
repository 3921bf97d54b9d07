import type { Piece } from './dsl.js';
import { Fakes } from './fakes.js';
import { Prng } from './prng.js';

/** Where the text would sit in LLM telemetry. */
export type Source =
  | 'prompt'
  | 'response'
  | 'ticket'
  | 'email'
  | 'tool-call'
  | 'rag'
  | 'log'
  | 'config'
  | 'curl'
  | 'chat';

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'hi' | 'ja' | 'it' | 'nl';

export interface ItemSpec {
  readonly id: string;
  readonly source: Source;
  readonly lang: Lang;
  readonly build: (g: Fakes) => Piece;
}

export interface ExpectedValue {
  readonly type: string;
  /** Exact substring of `text` that must not survive redaction. */
  readonly value: string;
}

export interface LabelledSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

export interface CorpusItem {
  readonly id: string;
  readonly source: Source;
  readonly lang: Lang;
  readonly text: string;
  /** One entry per distinct (type, value) in the item. */
  readonly expect: readonly ExpectedValue[];
  /** Every labelled occurrence, for typed recall and coverage. */
  readonly spans: readonly LabelledSpan[];
  /** Hard negatives: substrings that must appear verbatim in the redacted text. */
  readonly keep: readonly string[];
}

/** Returns a function declaring items of one source; ids get the source as prefix. */
export function itemsOf(source: Source, defaultLang: Lang = 'en') {
  return (id: string, build: (g: Fakes) => Piece, lang: Lang = defaultLang): ItemSpec => ({
    id: `${source}/${id}`,
    source,
    lang,
    build,
  });
}

export function buildItem(spec: ItemSpec): CorpusItem {
  const piece = spec.build(new Fakes(Prng.fromText(spec.id)));
  let text = '';
  const expect: ExpectedValue[] = [];
  const spans: LabelledSpan[] = [];
  const keep: string[] = [];
  for (const segment of piece.segments) {
    const start = text.length;
    text += segment.text;
    const mark = segment.mark;
    if (mark === undefined) continue;
    if (mark.kind === 'keep') {
      if (!keep.includes(segment.text)) keep.push(segment.text);
      continue;
    }
    spans.push({ type: mark.type, start, end: text.length });
    if (!expect.some((e) => e.type === mark.type && e.value === segment.text)) {
      expect.push({ type: mark.type, value: segment.text });
    }
  }
  return { id: spec.id, source: spec.source, lang: spec.lang, text, expect, spans, keep };
}
