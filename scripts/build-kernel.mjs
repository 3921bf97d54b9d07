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

/** Automata swept in lockstep by `sweepLanes`; written into the generated module for kernel.ts. */
export const KERNEL_LANES = 6;

const get = (name) => `(local.get $${name})`;

/**
 * `sweepLanes(classes, delta, text, steps, overlap, hits, capacity, meta)`: the lockstep part of
 * KeywordSweep.sweepLanes for KERNEL_LANES lanes. `meta` holds each lane's first code unit on entry
 * (i32 per lane) and its final state, then each lane's hit count, on exit. Lane l records a hit
 * (end, row) as two i32 at `hits + (l * capacity + count) * 8`; lanes after the first skip the
 * first `overlap` steps, and a lane keeps counting past `capacity` so the caller can tell.
 */
function sweepLanesFunction(lanes) {
  const ids = [...Array(lanes).keys()];
  const locals = ['k', ...ids.flatMap((l) => [`s${l}`, `n${l}`, `c${l}`, `p${l}`, `h${l}`, `f${l}`])]
    .map((name) => `(local $${name} i32)`)
    .join(' ');
  const setup = ids
    .map(
      (l) => `
    (local.set $f${l} (i32.load (i32.add ${get('meta')} (i32.const ${l * 4}))))
    (local.set $p${l} (i32.add ${get('text')} (i32.shl ${get(`f${l}`)} (i32.const 1))))
    (local.set $h${l} (i32.add ${get('hits')} (i32.mul ${get('capacity')} (i32.const ${l * 8}))))`,
    )
    .join('');
  // next = delta[state + classes[unit]]: a negative entry is the bit-inverted row of a state where keywords end.
  const transitions = ids
    .map(
      (l) => `
      (local.set $n${l} (i32.load16_s (i32.add ${get('delta')} (i32.shl
        (i32.add ${get(`s${l}`)} (i32.load8_u (i32.add ${get('classes')} (i32.load16_u ${get(`p${l}`)}))))
        (i32.const 1)))))`,
    )
    .join('');
  const anyOutput = ids.map((l) => get(`n${l}`)).reduce((a, b) => `(i32.or ${a} ${b})`);
  const record = (l) => `
          (if (i32.lt_u ${get(`c${l}`)} ${get('capacity')}) (then
            (i32.store (i32.add ${get(`h${l}`)} (i32.shl ${get(`c${l}`)} (i32.const 3)))
              (i32.add (i32.add ${get(`f${l}`)} ${get('k')}) (i32.const 1)))
            (i32.store offset=4 (i32.add ${get(`h${l}`)} (i32.shl ${get(`c${l}`)} (i32.const 3))) ${get(`n${l}`)})))
          (local.set $c${l} (i32.add ${get(`c${l}`)} (i32.const 1)))`;
  const outputs = ids
    .map(
      (l) => `
        (if (i32.lt_s ${get(`n${l}`)} (i32.const 0)) (then
          (local.set $n${l} (i32.xor ${get(`n${l}`)} (i32.const -1)))
          ${l === 0 ? record(l) : `(if (i32.ge_u ${get('k')} ${get('overlap')}) (then ${record(l)}))`}))`,
    )
    .join('');
  const advance = ids
    .map((l) => `(local.set $s${l} ${get(`n${l}`)}) (local.set $p${l} (i32.add ${get(`p${l}`)} (i32.const 2)))`)
    .join('\n      ');
  const finish = ids
    .map(
      (l) =>
        `(i32.store (i32.add ${get('meta')} (i32.const ${l * 4})) ${get(`s${l}`)})` +
        ` (i32.store (i32.add ${get('meta')} (i32.const ${(lanes + l) * 4})) ${get(`c${l}`)})`,
    )
    .join('\n  ');
  return `
  (func (export "sweepLanes") (param $classes i32) (param $delta i32) (param $text i32) (param $steps i32)
      (param $overlap i32) (param $hits i32) (param $capacity i32) (param $meta i32)
    ${locals}
    ${setup}
    (block $done (loop $step
      (br_if $done (i32.ge_u ${get('k')} ${get('steps')}))
      ${transitions}
      (if (i32.lt_s ${anyOutput} (i32.const 0)) (then ${outputs}))
      ${advance}
      (local.set $k (i32.add ${get('k')} (i32.const 1)))
      (br $step)))
    ${finish})`;
}

/** `i16x8` lanes of the 8 code units at `at + offset` bytes. */
const units = (offset) => `(v128.load offset=${offset} ${get('at')})`;
const splat = (value) => `(i16x8.splat (i32.const ${value}))`;
/** Lanes whose unit is in `[low, low + count)`. */
const inRange = (vector, low, count) => `(i16x8.lt_u (i16x8.sub ${vector} ${splat(low)}) ${splat(count)})`;

/**
 * A function `name(text, length, out)` that writes one bit per code unit, 32 units per i32 at
 * `out`, set where `lanes(offset)` (an i16x8 mask of the 8 units at byte offset `offset` of the
 * block) is true, and returns the OR of the words written. Bits past `length` in the last word are
 * clear; later words are not written. Reads up to 31 units past `length`, and whatever `lanes`
 * reads beyond its units: the caller leaves room.
 */
function bitmapFunction(name, lanes) {
  const mask = (offset) => `(i16x8.bitmask ${lanes(offset)})`;
  return `
  (func (export "${name}") (param $text i32) (param $length i32) (param $out i32) (result i32)
    (local $i i32) (local $at i32) (local $word i32) (local $left i32) (local $any i32)
    (local.set $at ${get('text')})
    (block $done (loop $block
      (br_if $done (i32.ge_u ${get('i')} ${get('length')}))
      (local.set $word (i32.or
        (i32.or ${mask(0)} (i32.shl ${mask(16)} (i32.const 8)))
        (i32.or (i32.shl ${mask(32)} (i32.const 16)) (i32.shl ${mask(48)} (i32.const 24)))))
      (local.set $left (i32.sub ${get('length')} ${get('i')}))
      (if (i32.lt_u ${get('left')} (i32.const 32)) (then
        (local.set $word (i32.and ${get('word')} (i32.sub (i32.shl (i32.const 1) ${get('left')}) (i32.const 1))))))
      (i32.store (i32.add ${get('out')} (i32.shr_u ${get('i')} (i32.const 3))) ${get('word')})
      (local.set $any (i32.or ${get('any')} ${get('word')}))
      (local.set $at (i32.add ${get('at')} (i32.const 64)))
      (local.set $i (i32.add ${get('i')} (i32.const 32)))
      (br $block)))
    ${get('any')})`;
}

/** Capital candidates: `A`-`Z`, and every unit at or above 0x80 (the caller decides those). */
const capitals = (offset) => `(v128.or ${inRange(units(offset), 65, 26)} (i16x8.gt_u ${units(offset)} ${splat(127)}))`;

/** ASCII digits. */
const digits = (offset) => inRange(units(offset), 48, 10);

export function kernelText() {
  return `(module
  (memory (export "memory") 1)
  ${sweepLanesFunction(KERNEL_LANES)}
  ${bitmapFunction('capitals', capitals)}
  ${bitmapFunction('digits', digits)}
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
