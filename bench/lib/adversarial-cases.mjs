import { BASE64, BASE64URL, Prng } from './prng.mjs';

/**
 * Near-miss inputs built to make a careless scanner go quadratic: each is almost a match
 * everywhere, so a detector that restarts a bounded-by-nothing walk at every position pays
 * for the whole tail again and again. `make(chars)` returns a string of exactly `chars`
 * UTF-16 units. Issue 6 asks that 4x the input cost about 4x the time.
 */

function repeatTo(unit, chars) {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

function randomFrom(alphabet, chars, seed) {
  const rng = new Prng(seed);
  // Build in 4 KB blocks: one big concatenation chain would be slow to flatten.
  const blocks = [];
  for (let done = 0; done < chars; done += 4096) blocks.push(rng.chars(alphabet, Math.min(4096, chars - done)));
  return blocks.join('');
}

const PEM_HEADER = ['-----BEGIN ', 'RSA PRIV', 'ATE KEY-----\n'].join('');

export const ADVERSARIAL_CASES = [
  { name: 'a@a@a@… (email near-miss)', make: (n) => repeatTo('a@', n) },
  { name: 'a.b@c.d@e… (dotted local parts, no TLD)', make: (n) => repeatTo('x.y@z.', n) },
  { name: 'digits, no separators', make: (n) => randomFrom('0123456789', n, 11) },
  { name: 'digit groups with separators', make: (n) => repeatTo('4111 1111-1111.111 12-34 ', n) },
  { name: 'dotted quads 1.1.1.1.1…', make: (n) => repeatTo('1.', n) },
  { name: 'sk- + 1 run of token chars', make: (n) => ['s', 'k-'].join('') + randomFrom(BASE64URL, n - 3, 13) },
  { name: 'api_token + 1 run of identifier chars', make: (n) => 'api_token' + repeatTo('a', n - 9) },
  { name: 'unclosed PEM header', make: (n) => PEM_HEADER + randomLines(n - PEM_HEADER.length, 17) },
  { name: 'eyJ… (JWT head, no dots)', make: (n) => 'eyJ' + randomFrom(BASE64URL, n - 3, 19) },
  { name: 'deeply nested JSON', make: (n) => nestedJson(n) },
  { name: 'JSON handed to the parser at its end', make: (n) => jsonHandedOver(n) },
  { name: 'lone surrogates + ASCII', make: (n) => loneSurrogates(n) },
];

function randomLines(chars, seed) {
  const body = randomFrom(BASE64, chars, seed);
  let out = '';
  for (let i = 0; i < body.length; i += 64) out += body.slice(i, i + 63) + '\n';
  return out.slice(0, chars);
}

/** `{"a":{"a":…"x"…}}`, balanced, so the JSON path (parse and walk) is what gets timed. */
function nestedJson(chars) {
  const open = '{"a":';
  const depth = Math.floor((chars - 3) / (open.length + 1));
  const core = open.repeat(depth) + '"x"' + '}'.repeat(depth);
  return core + ' '.repeat(chars - core.length);
}

/**
 * A message array whose last part is a blob: the source walk scans every text part, then gives
 * the document to the parse-and-walk path, which scans them again. Twice the work, still linear.
 */
function jsonHandedOver(chars) {
  const rng = new Prng(23);
  const tail = '{"type":"blob","content":"iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"}]';
  const parts = ['['];
  let length = 1 + tail.length;
  for (;;) {
    // Over 128 characters, so that no memo of short clean values decides what a size costs.
    const part = `{"type":"text","content":"${rng.chars('abcdefghijklmnopqrstuvwxyz      ', 160)}"},`;
    if (length + part.length > chars) break;
    parts.push(part);
    length += part.length;
  }
  parts.push(tail);
  const core = parts.join('');
  return core + ' '.repeat(chars - core.length);
}

function loneSurrogates(chars) {
  const unit = '\uD800a\uDC00@\uDBFF1\uDFFF.';
  return repeatTo(unit, chars);
}

/**
 * 256 KB and 1 MB as the issue asks; 4 MB as well, because a multi-pass scanner slows down
 * per byte once the string no longer fits in the L2 cache (about 512 KB here), which inflates
 * the first ratio without any algorithmic cause. Both ratios beyond the cache sizes ≈ 4: linear.
 */
export const ADVERSARIAL_SIZES = [256 * 1024, 1024 * 1024, 4 * 1024 * 1024];
