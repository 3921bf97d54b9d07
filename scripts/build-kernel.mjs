#!/usr/bin/env node
// Builds the WebAssembly text kernel: generates its WebAssembly text (the lane loop is unrolled
// here rather than by hand), assembles it with wabt and writes the bytes, base64-encoded, to
// src/engine/text/kernel/kernel-binary.ts. The output is deterministic: test/engine/kernel.test.ts
// rebuilds it and fails if the committed binary differs, so the binary is always this source.
//
//   node scripts/build-kernel.mjs           # rewrite the binary module
//   node scripts/build-kernel.mjs --print   # print the WebAssembly text instead
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

/**
 * Automata swept in lockstep by `sweepLanes`; written into the generated module for kernel.ts.
 * Each lane keeps its state, its loaded units and its text pointer live through the loop, and a
 * step waits on the previous step's load: four lanes reach that bound within x64's sixteen
 * registers. Five sweep no faster, and six spill to the stack (measured on the AMD EPYC host:
 * 4 KB of prose at 0.53 ns a unit in four lanes, 0.58 in five or six).
 */
export const KERNEL_LANES = 4;

const get = (name) => `(local.get $${name})`;

/** Steps each lane takes per text load: four code units, one i64. */
export const KERNEL_STEP_UNITS = 4;

/**
 * `sweepLanes(classes, delta, text, steps, overlap, hits, capacity, meta)`: the lockstep part of
 * KeywordSweep.sweepLanes for KERNEL_LANES lanes, `steps` (a multiple of KERNEL_STEP_UNITS) code
 * units each. `meta` holds each lane's first code unit on entry (i32 per lane) and its final state,
 * then each lane's hit count, on exit. Lane l records a hit (end, row) as two i32 at
 * `hits + (l * capacity + count) * 8`; lanes after the first skip the first `overlap` steps, and a
 * lane keeps counting past `capacity` so the caller can tell.
 *
 * The tables are in the kernel's own form (kernel.ts writes them): `classes` holds each code unit's
 * class times 4, and `delta` i32 transitions whose value is the address of the next state's row,
 * with the top bit set where a keyword ends. A step is then three loads and one add; states and
 * rows in `meta` and `hits` are given back as KeywordSweep's row offsets. Each lane reads its text
 * four units per load.
 *
 * Hits are rare (a few per KB of prose), so `recordHits` takes them out of line, and the counts
 * live in `meta` meanwhile: the loop keeps only each lane's state, loaded units and text pointer,
 * which fit x64's registers for four lanes. Written inline, the recording kept a lane's count,
 * hit pointer and first unit live as well, and every step spilled to the stack: the sweep took
 * 14% longer with four lanes, and more again with six.
 */
function sweepLanesFunction(lanes) {
  const ids = [...Array(lanes).keys()];
  const locals =
    ['k', ...ids.flatMap((l) => [`s${l}`, `n${l}`, `p${l}`])].map((name) => `(local $${name} i32)`).join(' ') +
    ids.map((l) => ` (local $w${l} i64)`).join('');
  // Lane l's first unit stays at meta + l * 4 until the end, and its count is kept at meta + (lanes + l) * 4.
  const count = (l) => `(i32.add ${get('meta')} (i32.const ${(lanes + l) * 4}))`;
  const setup = ids
    .map(
      (l) => `
    (local.set $s${l} ${get('delta')})
    (local.set $p${l} (i32.add ${get('text')} (i32.shl (i32.load (i32.add ${get('meta')} (i32.const ${l * 4}))) (i32.const 1))))
    (i32.store ${count(l)} (i32.const 0))`,
    )
    .join('');
  /** Code unit j (0-3) of the four lane l loaded. */
  const unit = (l, j) => {
    const shifted = j === 0 ? `(i32.wrap_i64 ${get(`w${l}`)})` : `(i32.wrap_i64 (i64.shr_u ${get(`w${l}`)} (i64.const ${16 * j})))`;
    return j === 3 ? shifted : `(i32.and ${shifted} (i32.const 0xffff))`;
  };
  /** Row offset, as KeywordSweep counts it, of a state given by its row's address. */
  const rowOf = (address) => `(i32.shr_u (i32.sub ${address} ${get('delta')}) (i32.const 2))`;
  const step = (j) => {
    // next = the transition at (state's row + class * 4); negative where keywords end.
    const transitions = ids
      .map(
        (l) => `
      (local.set $n${l} (i32.load (i32.add ${get(`s${l}`)} (i32.load8_u (i32.add ${get('classes')} ${unit(l, j)})))))`,
      )
      .join('');
    const anyOutput = ids.map((l) => get(`n${l}`)).reduce((a, b) => `(i32.or ${a} ${b})`);
    const mask = ids.map((l) => `(local.set $n${l} (i32.and ${get(`n${l}`)} (i32.const 0x7fffffff)))`).join(' ');
    const advance = ids.map((l) => `(local.set $s${l} ${get(`n${l}`)})`).join(' ');
    return `${transitions}
      (if (i32.lt_s ${anyOutput} (i32.const 0)) (then
        (call $recordHits (i32.add ${get('k')} (i32.const ${j})) ${ids.map((l) => get(`n${l}`)).join(' ')}
          ${get('delta')} ${get('overlap')} ${get('hits')} ${get('capacity')} ${get('meta')})
        ${mask}))
      ${advance}`;
  };
  const loads = ids
    .map((l) => `(local.set $w${l} (i64.load ${get(`p${l}`)})) (local.set $p${l} (i32.add ${get(`p${l}`)} (i32.const 8)))`)
    .join('\n      ');
  const finish = ids.map((l) => `(i32.store (i32.add ${get('meta')} (i32.const ${l * 4})) ${rowOf(get(`s${l}`))})`).join('\n  ');
  const steps = [...Array(KERNEL_STEP_UNITS).keys()].map(step).join('');
  const record = (l) => {
    const recorded = `
        (local.set $c (i32.load ${count(l)}))
        (if (i32.lt_u ${get('c')} ${get('capacity')}) (then
          (local.set $h (i32.add ${get('hits')} (i32.shl (i32.add (i32.mul ${get('capacity')} (i32.const ${l})) ${get('c')}) (i32.const 3))))
          (i32.store ${get('h')} (i32.add (i32.add (i32.load (i32.add ${get('meta')} (i32.const ${l * 4}))) ${get('at')}) (i32.const 1)))
          (i32.store offset=4 ${get('h')} ${rowOf(`(i32.and ${get(`n${l}`)} (i32.const 0x7fffffff))`)})))
        (i32.store ${count(l)} (i32.add ${get('c')} (i32.const 1)))`;
    const kept = l === 0 ? recorded : `
        (if (i32.ge_u ${get('at')} ${get('overlap')}) (then ${recorded}))`;
    return `
    (if (i32.lt_s ${get(`n${l}`)} (i32.const 0)) (then ${kept}))`;
  };
  return `
  (func $recordHits (param $at i32) ${ids.map((l) => `(param $n${l} i32)`).join(' ')}
      (param $delta i32) (param $overlap i32) (param $hits i32) (param $capacity i32) (param $meta i32)
    (local $c i32) (local $h i32)
    ${ids.map(record).join('')})
  (func (export "sweepLanes") (param $classes i32) (param $delta i32) (param $text i32) (param $steps i32)
      (param $overlap i32) (param $hits i32) (param $capacity i32) (param $meta i32)
    ${locals}
    ${setup}
    (block $done (loop $block
      (br_if $done (i32.ge_u ${get('k')} ${get('steps')}))
      ${loads}
      ${steps}
      (local.set $k (i32.add ${get('k')} (i32.const ${KERNEL_STEP_UNITS})))
      (br $block)))
    ${finish})`;
}

/**
 * The bytes `classify` compares with, each splat into a 16-byte constant. Written as a
 * `v128.const`, or set from one, a constant is built anew by V8 at every use, inside the loop too
 * (three instructions each); loaded from memory into a local before the loop, it is kept in a
 * register. The module's data segment puts them at `SPLATS_AT`, in the 256 bytes of kernel.ts's
 * `META` region past the lanes' words. (`digest`'s multiplier stays a `v128.const`: that loop
 * waits on its multiplications, and loading it changed nothing.)
 */
const SPLATS = [1, 9, 25, 45, 46, 48, 58, 64, 65];
const SPLATS_AT = 64;
if (2 * KERNEL_LANES * 4 > SPLATS_AT || SPLATS_AT + 16 * SPLATS.length > 256) {
  throw new Error('the splats must lie past the lanes\' words, inside the 256 bytes of the meta region');
}

/** `value` in every byte lane, from its local (see `splatsOf`). */
const splat8 = (value) => `(local.get $splat${value})`;
/** The locals, and their loads, of the splats `body` reads. */
function splatsOf(body) {
  const used = SPLATS.filter((value) => body.includes(`$splat${value})`));
  return {
    locals: used.map((value) => `(local $splat${value} v128)`).join(' '),
    setup: used.map((value) => `(local.set $splat${value} (v128.load (i32.const ${SPLATS_AT + 16 * SPLATS.indexOf(value)})))`).join('\n    '),
  };
}
/** The data segment that holds the splats. */
const splatsData = () =>
  `(data (i32.const ${SPLATS_AT}) "${SPLATS.map((value) => `\\${value.toString(16).padStart(2, '0')}`.repeat(16)).join('')}")`;
/**
 * Lanes (bytes) of `vector` in `[low, low + count)`, all ones where true: `vector - low` unsigned
 * at most `count - 1`, as its minimum with `count - 1` equal to it (two instructions where x64
 * has no unsigned `lt`, for which V8 emits four). Uses the local `$range`.
 */
const inByteRange = (vector, low, count) =>
  `(i8x16.eq (i8x16.min_u (local.tee $range (i8x16.sub ${vector} ${splat8(low)})) ${splat8(count - 1)}) (local.get $range))`;
/**
 * The 16 code units at `at + offset` bytes as bytes: a unit below 0x100 as itself, one from 0x100 to
 * 0x7fff as 0xff and one at or above 0x8000 as 0 (the narrowing reads units as signed). Neither 0 nor
 * 0xff is a digit, an ASCII capital or a presence character, and only the units below 0x8000 can
 * be capitals, so the digit, capital and presence tests in `classify` are exact for what their
 * callers ask.
 */
const narrowed = (offset) =>
  `(i8x16.narrow_i16x8_u (v128.load offset=${offset} ${get('at')}) (v128.load offset=${offset + 16} ${get('at')}))`;
/** ASCII digits. */
const digitMask = (bytes) => `(i8x16.bitmask ${inByteRange(bytes, 48, 10)})`;
const equalsByte = (vector, value) => `(i8x16.eq ${vector} ${splat8(value)})`;
/** `:` or `-` with the same separator three units on, as between the groups of `aa:bb:…`. */
const pairSeparatorMask = (bytes, threeOn) =>
  `(i8x16.bitmask (v128.and (v128.or ${equalsByte(bytes, 58)} ${equalsByte(bytes, 45)}) (i8x16.eq ${bytes} ${threeOn})))`;
/** `.` with another five units on, as between the groups of `aabb.ccdd.eeff`. */
const dotSeparatorMask = (bytes, fiveOn) => `(i8x16.bitmask (v128.and ${equalsByte(bytes, 46)} ${equalsByte(fiveOn, 46)}))`;

/** All ones in the byte lanes whose index (plus `first`) is below `count` (0 to 32). */
const lanesBelow = (first, count) =>
  `(i8x16.lt_u (v128.const i8x16 ${[...Array(16).keys()].map((lane) => lane + first).join(' ')}) (i8x16.splat ${count}))`;

/**
 * The character sets whose presence `classify` reports, bit k of its presence byte for set k (the
 * trigger characters of built-in detectors; kernel.ts: `PRESENCE_CLASSES`, in the same order): a
 * `:`, a `-` or `.`, an ASCII capital, an `@`. Each names the local that gathers its lanes.
 */
const PRESENCE = ['colonSeen', 'dashOrDotSeen', 'capitalSeen', 'atSignSeen'];

/**
 * `classify(text, length, capitals, digits, separators)`: one pass over the text that writes three
 * bitmaps, one bit per code unit and 32 units per i32: at `capitals` (`A`-`Z` and the units from
 * 0x80 to 0x7fff, which the caller checks), at `digits` (`0`-`9`) and at `separators` (the
 * separators a MAC address repeats at a fixed distance: `:` or `-` with the same unit three units
 * on, `.` with another `.` five units on, both inside the text). Returns the number of digit bits
 * set times 256, plus a presence byte (see `PRESENCE`): whether the text holds a `:`, a `-` or
 * `.`, an ASCII capital, an `@`, mostly from tests the bitmaps make anyway. Bits past `length` in
 * the last word are clear; later words are not written. Reads up to 37 units past `length`: the
 * caller leaves room.
 */
function classifyFunction() {
  /** The 32 bits of `mask` over the block: the low 16 units, then the high 16. */
  const word = (mask) => `(i32.or ${mask(get('low'))} (i32.shl ${mask(get('high'))} (i32.const 16)))`;
  /** Like `word`, for a mask of the block and the block `units` on. */
  const shiftedWord = (mask, units) =>
    `(i32.or ${mask(get('low'), narrowed(units * 2))} (i32.shl ${mask(get('high'), narrowed(32 + units * 2))} (i32.const 16)))`;
  /** Bits of the units of the block below `end`, an index relative to the block (any i32). */
  const below = (end) =>
    `(if (result i32) (i32.le_s ${end} (i32.const 0)) (then (i32.const 0)) (else
      (if (result i32) (i32.ge_s ${end} (i32.const 32)) (then (i32.const -1))
        (else (i32.sub (i32.shl (i32.const 1) ${end}) (i32.const 1))))))`;
  const left = `(i32.sub ${get('length')} ${get('i')})`;
  const loop = `
    (block $done (loop $block
      (br_if $done (i32.ge_u ${get('i')} ${get('length')}))
      (local.set $low ${narrowed(0)})
      (local.set $high ${narrowed(32)})
      ;; In the last block, the units past the end become 0: no capital, digit or separator.
      (if (i32.lt_u ${left} (i32.const 32)) (then
        (local.set $low (v128.and ${get('low')} ${lanesBelow(0, left)}))
        (local.set $high (v128.and ${get('high')} ${lanesBelow(16, left)}))))
      (local.set $asciiLow ${inByteRange(get('low'), 65, 26)})
      (local.set $asciiHigh ${inByteRange(get('high'), 65, 26)})
      (local.set $capitalSeen (v128.or ${get('capitalSeen')} (v128.or ${get('asciiLow')} ${get('asciiHigh')})))
      (local.set $colons (v128.or ${equalsByte(get('low'), 58)} ${equalsByte(get('high'), 58)}))
      ;; \`-\` and \`.\` are neighbours: 0x2d, 0x2e.
      (local.set $dashesOrDots (v128.or ${inByteRange(get('low'), 45, 2)} ${inByteRange(get('high'), 45, 2)}))
      (local.set $colonSeen (v128.or ${get('colonSeen')} ${get('colons')}))
      (local.set $dashOrDotSeen (v128.or ${get('dashOrDotSeen')} ${get('dashesOrDots')}))
      (local.set $atSignSeen (v128.or ${get('atSignSeen')} (v128.or ${equalsByte(get('low'), 64)} ${equalsByte(get('high'), 64)})))
      ;; Capital candidates: \`A\`-\`Z\`, and the units from 0x80 to 0x7fff (byte 0x80 and up: the top bit).
      (local.set $capital (i32.or (i8x16.bitmask (v128.or ${get('asciiLow')} ${get('low')}))
        (i32.shl (i8x16.bitmask (v128.or ${get('asciiHigh')} ${get('high')})) (i32.const 16))))
      (local.set $digit ${word(digitMask)})
      (local.set $pair (i32.const 0))
      (local.set $dot (i32.const 0))
      ;; Most blocks of prose hold no separator at all: one test passes them over.
      (if (v128.any_true (v128.or ${get('colons')} ${get('dashesOrDots')})) (then
        (local.set $pair ${shiftedWord(pairSeparatorMask, 3)})
        (local.set $dot ${shiftedWord(dotSeparatorMask, 5)})))
      (if (i32.lt_u ${left} (i32.const 37)) (then
        (local.set $capital (i32.and ${get('capital')} ${below(left)}))
        (local.set $digit (i32.and ${get('digit')} ${below(left)}))
        (local.set $pair (i32.and ${get('pair')} ${below(`(i32.sub ${left} (i32.const 3))`)}))
        (local.set $dot (i32.and ${get('dot')} ${below(`(i32.sub ${left} (i32.const 5))`)}))))
      (i32.store (i32.add ${get('capitals')} (i32.shr_u ${get('i')} (i32.const 3))) ${get('capital')})
      (i32.store (i32.add ${get('digits')} (i32.shr_u ${get('i')} (i32.const 3))) ${get('digit')})
      (i32.store (i32.add ${get('separators')} (i32.shr_u ${get('i')} (i32.const 3))) (i32.or ${get('pair')} ${get('dot')}))
      (local.set $digitCount (i32.add ${get('digitCount')} (i32.popcnt ${get('digit')})))
      (local.set $at (i32.add ${get('at')} (i32.const 64)))
      (local.set $i (i32.add ${get('i')} (i32.const 32)))
      (br $block)))`;
  const splats = splatsOf(loop);
  return `
  (func (export "classify") (param $text i32) (param $length i32) (param $capitals i32) (param $digits i32)
    (param $separators i32) (result i32)
    (local $i i32) (local $at i32) (local $capital i32) (local $digit i32) (local $pair i32) (local $dot i32)
    (local $digitCount i32) (local $low v128) (local $high v128)
    (local $asciiLow v128) (local $asciiHigh v128) (local $colons v128) (local $dashesOrDots v128)
    ${PRESENCE.map((name) => `(local $${name} v128)`).join(' ')} (local $range v128)
    ${splats.locals}
    ${splats.setup}
    (local.set $at ${get('text')})
${loop}
    (i32.or (i32.shl ${get('digitCount')} (i32.const 8))
      ${PRESENCE.map((name, bit) => `(i32.shl (v128.any_true ${get(name)}) (i32.const ${bit}))`).reduce((all, one) => `(i32.or ${all} ${one})`)}))`;
}

/** Code units `digest` reads per iteration: four 16-byte blocks, one per accumulator. */
export const KERNEL_DIGEST_UNITS = 32;

/**
 * `digest(text, units)`: a 32-bit hash of the first `units` code units at `text` (a multiple of
 * KERNEL_DIGEST_UNITS), for recognising a text seen before; callers mix in the rest and the length,
 * and confirm a match by comparing the texts, so the hash only has to spread well, not resist
 * anyone. Four independent accumulators of four 32-bit lanes each take a multiply and an
 * xor-shift per block, so the loop is not held up by one multiplication chain.
 */
function digestFunction() {
  const accumulators = [0, 1, 2, 3];
  const seeds = ['0x9e3779b9 0x85ebca6b 0xc2b2ae35 0x27d4eb2f', '0x165667b1 0xd3a2646c 0xfd7046c5 0xb55a4f09',
    '0x7feb352d 0x846ca68b 0x68e31da4 0x1b873593', '0xcc9e2d51 0xe6546b64 0x94d049bb 0x61c88647'];
  const multiplier = '(v128.const i32x4 0x2545f491 0x2545f491 0x2545f491 0x2545f491)';
  const mix = (value) => `(v128.xor ${value} (i32x4.shr_u ${value} (i32.const 15)))`;
  const absorb = (a) =>
    `(local.set $a${a} (i32x4.mul (v128.xor ${get(`a${a}`)} (v128.load offset=${a * 16} ${get('at')})) ${multiplier}))
      (local.set $a${a} ${mix(get(`a${a}`))})`;
  // Fold the accumulators into one vector, then its four lanes into one i32.
  const folded = accumulators.slice(1).reduce((sum, a) => `(i32x4.mul (v128.xor ${sum} ${get(`a${a}`)}) ${multiplier})`, get('a0'));
  const lane = (l) => `(i32x4.extract_lane ${l} ${get('v')})`;
  return `
  (func (export "digest") (param $text i32) (param $units i32) (result i32)
    (local $at i32) (local $end i32) (local $v v128) (local $h i32)
    ${accumulators.map((a) => `(local $a${a} v128)`).join(' ')}
    ${accumulators.map((a) => `(local.set $a${a} (v128.const i32x4 ${seeds[a]}))`).join('\n    ')}
    (local.set $at ${get('text')})
    (local.set $end (i32.add ${get('text')} (i32.shl ${get('units')} (i32.const 1))))
    (block $done (loop $block
      (br_if $done (i32.ge_u ${get('at')} ${get('end')}))
      ${accumulators.map(absorb).join('\n      ')}
      (local.set $at (i32.add ${get('at')} (i32.const 64)))
      (br $block)))
    (local.set $v ${mix(folded)})
    (local.set $h ${lane(0)})
    ${[1, 2, 3].map((l) => `(local.set $h (i32.xor (i32.mul ${get('h')} (i32.const 0x01000193)) ${lane(l)}))`).join('\n    ')}
    ${get('h')})`;
}

export function kernelText() {
  return `(module
  (memory (export "memory") 1)
  ${splatsData()}
  ${sweepLanesFunction(KERNEL_LANES)}
  ${classifyFunction()}
  ${digestFunction()}
)
`;
}

export async function buildKernel() {
  const wabt = await wabtInit();
  const module = wabt.parseWat('text-kernel.wat', kernelText(), { simd: true });
  module.validate();
  const { buffer } = module.toBinary({});
  module.destroy();
  return Buffer.from(buffer);
}

export function binaryModuleSource(bytes) {
  const base64 = bytes.toString('base64');
  const lines = base64.match(/.{1,96}/g) ?? [];
  return `// Generated by scripts/build-kernel.mjs from the WebAssembly text it writes; do not edit.
// test/engine/kernel.test.ts rebuilds it and fails if this copy differs.

/** Automata the module's \`sweepLanes\` runs in lockstep. */
export const KERNEL_LANES = ${KERNEL_LANES};

/** Code units each lane reads per load: \`sweepLanes\` takes a multiple of this many steps. */
export const KERNEL_STEP_UNITS = ${KERNEL_STEP_UNITS};

/** Code units the module's \`digest\` reads per iteration: it takes a multiple of this many. */
export const KERNEL_DIGEST_UNITS = ${KERNEL_DIGEST_UNITS};

/** The text kernel module (${bytes.length} bytes), base64. */
export const KERNEL_BASE64 =
${lines.map((line) => `  '${line}'`).join(' +\n')};
`;
}

const OUTPUT = fileURLToPath(new URL('../src/engine/text/kernel/kernel-binary.ts', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--print')) {
    process.stdout.write(kernelText());
  } else {
    const bytes = await buildKernel();
    writeFileSync(OUTPUT, binaryModuleSource(bytes));
    console.log(`wrote ${OUTPUT} (${bytes.length} bytes)`);
  }
}
