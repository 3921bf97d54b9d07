import type { Finding } from '../engine/types.js';

/** Turns one finding into its replacement text. */
export type Replacer = (match: string, finding: Finding) => string;
