/** Bytes absorbed per permutation for a 256-bit output (1600 - 2 * 256 bits). */
const RATE = 136;

// Round constants of Keccak-f[1600] as (high, low) 32-bit halves.
const ROUND_CONSTANTS = Int32Array.from([
  0x00000000, 0x00000001, 0x00000000, 0x00008082, 0x80000000, 0x0000808a, 0x80000000, 0x80008000,
  0x00000000, 0x0000808b, 0x00000000, 0x80000001, 0x80000000, 0x80008081, 0x80000000, 0x00008009,
  0x00000000, 0x0000008a, 0x00000000, 0x00000088, 0x00000000, 0x80008009, 0x00000000, 0x8000000a,
  0x00000000, 0x8000808b, 0x80000000, 0x0000008b, 0x80000000, 0x00008089, 0x80000000, 0x00008003,
  0x80000000, 0x00008002, 0x80000000, 0x00000080, 0x00000000, 0x0000800a, 0x80000000, 0x8000000a,
  0x80000000, 0x80008081, 0x80000000, 0x00008080, 0x00000000, 0x80000001, 0x80000000, 0x80008008,
]);

// Rotation offset of lane x + 5y (the rho step).
const ROTATIONS = Uint8Array.from([
  0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
]);

/**
 * Keccak-256 as Ethereum uses it (original Keccak padding 0x01, not the 0x06 of NIST SHA3-256,
 * which is why node:crypto's `sha3-256` does not fit). Needed for EIP-55 address checksums.
 */
export function keccak256(input: Uint8Array): Uint8Array {
  return keccakSponge256(input, 0x01);
}

/**
 * The Keccak sponge with a 256-bit output and the given domain padding byte: 0x01 gives
 * Keccak-256, 0x06 gives NIST SHA3-256 (which lets tests check the permutation against
 * node:crypto over inputs of any length).
 */
export function keccakSponge256(input: Uint8Array, domainPadding: number): Uint8Array {
  // Lane i is held as low word state[2i] and high word state[2i + 1], little-endian bytes.
  const state = new Int32Array(50);
  const padded = new Uint8Array((Math.floor(input.length / RATE) + 1) * RATE);
  padded.set(input);
  padded[input.length] = domainPadding;
  padded[padded.length - 1] = padded[padded.length - 1]! | 0x80;
  const scratch = new Int32Array(60);
  for (let block = 0; block < padded.length; block += RATE) {
    for (let lane = 0; lane < RATE / 8; lane++) {
      const offset = block + lane * 8;
      state[2 * lane] = state[2 * lane]! ^ readWord(padded, offset);
      state[2 * lane + 1] = state[2 * lane + 1]! ^ readWord(padded, offset + 4);
    }
    permute(state, scratch);
  }
  const output = new Uint8Array(32);
  for (let i = 0; i < 32; i++) output[i] = (state[i >>> 2]! >>> ((i & 3) * 8)) & 0xff;
  return output;
}

function readWord(bytes: Uint8Array, offset: number): number {
  return (bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16) | (bytes[offset + 3]! << 24)) >>> 0;
}

// Lane x + 5y moves to lane y + 5((2x + 3y) mod 5) in the pi step.
const PI_TARGET = Uint8Array.from({ length: 25 }, (_, lane) => {
  const x = lane % 5;
  const y = Math.floor(lane / 5);
  return y + 5 * ((2 * x + 3 * y) % 5);
});
const NEXT = Uint8Array.from([1, 2, 3, 4, 0]);
const AFTER_NEXT = Uint8Array.from([2, 3, 4, 0, 1]);
const PREVIOUS = Uint8Array.from([4, 0, 1, 2, 3]);

/** Keccak-f[1600]; `scratch` holds the five column parities (words 0–9) and the moved lanes B (10–59). */
function permute(state: Int32Array, scratch: Int32Array): void {
  for (let round = 0; round < 24; round++) {
    // theta: xor each lane with the parities of the two neighbouring columns.
    for (let x = 0; x < 5; x++) {
      const low = 2 * x;
      scratch[low] = state[low]! ^ state[low + 10]! ^ state[low + 20]! ^ state[low + 30]! ^ state[low + 40]!;
      scratch[low + 1] = state[low + 1]! ^ state[low + 11]! ^ state[low + 21]! ^ state[low + 31]! ^ state[low + 41]!;
    }
    for (let x = 0; x < 5; x++) {
      const left = 2 * PREVIOUS[x]!;
      const right = 2 * NEXT[x]!;
      const rightLow = scratch[right]!;
      const rightHigh = scratch[right + 1]!;
      const low = scratch[left]! ^ ((rightLow << 1) | (rightHigh >>> 31));
      const high = scratch[left + 1]! ^ ((rightHigh << 1) | (rightLow >>> 31));
      for (let word = 2 * x; word < 50; word += 10) {
        state[word] = state[word]! ^ low;
        state[word + 1] = state[word + 1]! ^ high;
      }
    }
    // rho and pi: rotate each lane and move it.
    for (let lane = 0; lane < 25; lane++) {
      const low = state[2 * lane]!;
      const high = state[2 * lane + 1]!;
      const shift = ROTATIONS[lane]!;
      const target = 10 + 2 * PI_TARGET[lane]!;
      if (shift === 0) {
        scratch[target] = low;
        scratch[target + 1] = high;
      } else if (shift < 32) {
        scratch[target] = (low << shift) | (high >>> (32 - shift));
        scratch[target + 1] = (high << shift) | (low >>> (32 - shift));
      } else if (shift === 32) {
        scratch[target] = high;
        scratch[target + 1] = low;
      } else {
        const rest = shift - 32;
        scratch[target] = (high << rest) | (low >>> (32 - rest));
        scratch[target + 1] = (low << rest) | (high >>> (32 - rest));
      }
    }
    // chi: each lane xor (not next) and after-next, along its row.
    for (let row = 0; row < 25; row += 5) {
      for (let x = 0; x < 5; x++) {
        const word = 2 * (row + x);
        const next = 10 + 2 * (row + NEXT[x]!);
        const afterNext = 10 + 2 * (row + AFTER_NEXT[x]!);
        state[word] = scratch[10 + word]! ^ (~scratch[next]! & scratch[afterNext]!);
        state[word + 1] = scratch[11 + word]! ^ (~scratch[next + 1]! & scratch[afterNext + 1]!);
      }
    }
    // iota
    state[0] = state[0]! ^ ROUND_CONSTANTS[2 * round + 1]!;
    state[1] = state[1]! ^ ROUND_CONSTANTS[2 * round]!;
  }
}
