import type { PiiType } from '../engine/types.js';

/** The typed placeholder, e.g. `[REDACTED:EMAIL]`. */
export function placeholder(type: PiiType): string {
  return `[REDACTED:${type}]`;
}

export function redactReplacer(_match: string, finding: { readonly type: PiiType }): string {
  return placeholder(finding.type);
}
