import type { Detector } from '../types.js';

// Placeholder until the detector family lands.
export const phoneDetectors: readonly Detector[] = [];
