// Surrounding text for planted values. The text is word-bounded on purpose: a value glued to
// random alphanumerics is a different string (`x4111…` is not a card), so every planted value
// is separated from its neighbours by whitespace and ordinary punctuation.
//
// The filler is neutral: lower-case words without digits that are none of the detectors' cue
// words (`phone`, `ssn`, `token`, `dear`, …), so a finding can never legitimately grow into it
// and "the text around the finding is unchanged" is a fair property.
import fc from 'fast-check';

const NEUTRAL_WORDS = [
  'the', 'order', 'was', 'shipped', 'please', 'check', 'invoice', 'status', 'model', 'request',
  'response', 'latency', 'retry', 'queue', 'agent', 'tool', 'result', 'summary', 'ok', 'done',
  'with', 'and', 'from', 'for', 'about', 'later', 'today', 'update', 'review', 'system',
  'prompt', 'context', 'answer', 'refund', 'billing', 'question', 'steps', 'output', 'again',
];

/** Letters that cannot spell any cue word the detectors look for (no e, i, o, n, s, t, k, p, r, x). */
const RANDOM_WORD = /^[abcdfghjlmquvwyz]{1,9}$/;

const word = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NEUTRAL_WORDS) }, { weight: 1, arbitrary: fc.stringMatching(RANDOM_WORD) });

const joiner = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', ' - ', '; ', ': ', '\t');

/** Zero or more neutral words joined by whitespace and punctuation (never starting or ending in a joiner). */
export const filler: fc.Arbitrary<string> = fc
  .array(fc.tuple(joiner, word), { maxLength: 12 })
  .map((parts) => parts.map(([j, w], i) => (i === 0 ? w : j + w)).join(''));

const whitespace = fc.constantFrom(' ', ' ', '\n', '\t', '\r\n');
const opener = fc.constantFrom('', '', '', '(', '"', '<', "'", '[', '`');
const closer = fc.constantFrom('', '', '', '.', ',', ';', ')', '"', '>', "'", ']', '!', '?', ':');

/** Text before a value: empty (value at the start) or filler, whitespace and an optional opening mark. */
export const before: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 5, arbitrary: fc.tuple(filler, whitespace, opener).map(([f, w, o]) => f + w + o) },
);

/** Text after a value: empty (value at the end) or an optional closing mark, whitespace and filler. */
export const after: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 5, arbitrary: fc.tuple(closer, whitespace, filler).map(([c, w, f]) => c + w + f) },
);
