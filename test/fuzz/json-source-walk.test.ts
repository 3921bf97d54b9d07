// Property: JSON text scrubbed where it sits in the source (json-source-walk.ts) comes out byte
// for byte as the parse-and-walk path makes it, with the same counts told to the same listeners,
// under every policy that changes how JSON is read: key rules, binary parts, maxDepth, report
// mode. Documents mix what the walk handles itself with everything it must hand over.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { RedactionPolicy } from '../../src/index.js';
import { createRedactor } from '../../src/index.js';
import { useJsonSourceWalk } from '../../src/engine/json-source-walk.js';
import { anyPlanted, NEUTRAL_KEYS } from './arbitraries/tree.js';
import { cardNumber } from './arbitraries/numbers.js';
import { after, before, filler } from './arbitraries/text.js';
import { fuzzOptions } from './support.js';

afterEach(() => useJsonSourceWalk(true));

/** Number literals written into the text as they are (JSON.stringify would normalise them). */
const RAW = '__raw__';

const BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAHnOcQAAAAABJRU5ErkJggg==';
/** Payloads short enough (64 characters at most) for the walk's table of known values. */
const SHORT_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB';
const SHORT_DATA_URI = 'data:image/png;base64,iVBORw0KGgo=';

const stringLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: filler },
  { weight: 3, arbitrary: fc.tuple(before, anyPlanted, after).map(([head, { value }, tail]) => `${head}${value}${tail}`) },
  // Escapes: line breaks, quotes, backslashes, a non-ASCII letter, an astral character.
  { weight: 2, arbitrary: fc.tuple(filler, anyPlanted).map(([text, { value }]) => `${text}\n"${value}"\t\\ é 😀`) },
  // Line breaks as the only escapes, and a backslash before an `n` that is no escape.
  { weight: 2, arbitrary: fc.tuple(filler, anyPlanted, fc.boolean()).map(([text, { value }, slash]) => `${text}\n${value}\n\n${slash ? '\\n' : ''}`) },
  { weight: 1, arbitrary: fc.constantFrom('blob', 'binary', 'image', 'text', 'file', 'base64', BASE64, `data:image/png;base64,${BASE64}`) },
  { weight: 1, arbitrary: fc.constantFrom(SHORT_BASE64, SHORT_DATA_URI, '{"a":"b"}', '[1, 2]', 'user', 'assistant') },
  { weight: 1, arbitrary: fc.constantFrom('\uE000 note', 'mail \uE0001 there', '') },
);

const numberLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: 100_000_000, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((n) => (Object.is(n, -0) ? 0 : n)),
  // A card held as a number, and literals a double would change: written raw.
  cardNumber.map(({ value }) => `${RAW}${value.replace(/\D/g, '')}`),
  fc.constantFrom(`${RAW}12345678901234567890`, `${RAW}1E300`, `${RAW}49.90`, `${RAW}-0`, `${RAW}10000000000000000000`, `${RAW}1e9`),
  fc.constantFrom(true, false, null),
);

/** Keys no rule names, keys inline-binary tests read, keys the default rules act on (credentials, personal fields, ids, metadata), keys with a finding. */
const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEUTRAL_KEYS) },
  { weight: 3, arbitrary: fc.constantFrom('type', 'content', 'image', 'data', 'b64_json', 'mimeType', 'format', 'gen_ai.x.image.url') },
  { weight: 3, arbitrary: fc.constantFrom('password', 'api_key', 'user_id', 'session.id', 'trace_id', 'otel.status', 'card_number', 'phone', 'first_name', 'home_address') },
  { weight: 1, arbitrary: fc.constantFrom('jane.doe@example.com', 'na\u00efve', 'with "quote"', 'line\nbreak') },
);

/** Message parts in the shapes the inline-binary tests know, payloads and text mixed. */
const part: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom('text', 'blob', 'binary', 'image', 'file', 'base64', undefined),
    fc.constantFrom('content', 'image', 'data', 'b64_json'),
    fc.oneof(fc.constantFrom(BASE64, SHORT_BASE64), filler, fc.tuple(before, anyPlanted).map(([head, { value }]) => `${head}${value}`)),
    fc.constantFrom(undefined, 'mimeType', 'format'),
    fc.boolean(),
  )
  .map(([type, field, payload, carrier, typeFirst]) => {
    const entries: [string, unknown][] = [[field, payload]];
    if (type !== undefined) entries[typeFirst ? 'unshift' : 'push'](['type', type]);
    if (carrier !== undefined) entries.push([carrier, carrier === 'format' ? 'wav' : 'image/png']);
    return Object.fromEntries(entries);
  });

const { value: jsonValue } = fc.letrec<{ value: unknown; container: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, stringLeaf, numberLeaf, tie('container'), tie('container').map((v) => serialise(v))),
  container: fc.oneof(
    { depthSize: 'small' },
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    part,
  ),
}));

function serialise(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/"__raw__([^"]*)"/g, '$1');
}

const document = fc.tuple(
  fc.oneof(fc.array(jsonValue, { minLength: 1, maxLength: 4 }), fc.dictionary(key, jsonValue, { minKeys: 1, maxKeys: 6 })),
  fc.constantFrom<number | undefined>(undefined, undefined, 2),
);

const policies: readonly [string, RedactionPolicy][] = [
  ['defaults', {}],
  ['report mode', { mode: 'report' }],
  ['binary content kept', { binaryContent: 'keep' }],
  ['maxDepth 2', { maxDepth: 2 }],
  ['maxDepth 4', { maxDepth: 4 }],
  ['allow and pseudonymise rules', { keys: { allow: ['content', 'type', 'notes'], pseudonymize: ['data'] }, hashKey: 'fuzz-key-0123456789abcdef' }],
  ['mask strategy', { strategies: { EMAIL: 'mask', CREDIT_CARD: 'mask' } }],
];

/** A redactor and the per-type counts its listener was told. */
function observed(policy: RedactionPolicy) {
  const redactor = createRedactor(policy);
  const told: Record<string, number> = {};
  redactor.onFinding((type, count) => (told[type] = (told[type] ?? 0) + count));
  return { redactor, told };
}

type Observed = ReturnType<typeof observed>;

/** Redacts `text` with the walk on one redactor and with it off on the other: same bytes. */
function expectSameOutput(walked: Observed, parsed: Observed, text: string): void {
  useJsonSourceWalk(true);
  const viaWalk = walked.redactor.redactString(text);
  useJsonSourceWalk(false);
  const viaParse = parsed.redactor.redactString(text);
  useJsonSourceWalk(true);
  expect(viaWalk).toBe(viaParse);
}

function expectSameCounts(walked: Observed, parsed: Observed): void {
  expect(walked.redactor.stats()).toEqual(parsed.redactor.stats());
  expect(walked.told).toEqual(parsed.told);
}

describe('fuzz: the source walk of JSON text against the parse-and-walk path', () => {
  for (const [name, policy] of policies) {
    it(`${name}: same bytes, same stats, same metrics`, () => {
      fc.assert(
        fc.property(document, ([value, space]) => {
          // Fresh redactors: what one remembers from an earlier document must not decide this one.
          const walked = observed(policy);
          const parsed = observed(policy);
          expectSameOutput(walked, parsed, serialise(value, space));
          expectSameCounts(walked, parsed);
        }),
        fuzzOptions(400),
      );
    });
  }

  for (const [name, policy] of policies) {
    it(`${name}, one pair of redactors across documents: what each remembers changes nothing`, () => {
      const walked = observed(policy);
      const parsed = observed(policy);
      fc.assert(
        fc.property(fc.array(document, { minLength: 2, maxLength: 6 }), (documents) => {
          for (const [value, space] of documents) expectSameOutput(walked, parsed, serialise(value, space));
          expectSameCounts(walked, parsed);
        }),
        fuzzOptions(150),
      );
    });
  }
});
