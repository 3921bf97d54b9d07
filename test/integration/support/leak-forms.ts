// The shapes a planted value can take on its way out: as is, JSON-escaped (once inside an
// OTLP string, twice when a JSON attribute sits inside the OTLP JSON body), URL-encoded (URL
// attributes, span names of HTTP routes) and base64-encoded (OTLP `bytesValue`, data URIs).

export type LeakFormKind = 'raw' | 'json-escaped' | 'json-escaped-twice' | 'url-encoded' | 'form-encoded' | 'base64' | 'base64url';

export interface LeakForm {
  readonly kind: LeakFormKind;
  readonly text: string;
}

/**
 * The part of `base64(prefix + value)` that depends only on `value`, for each of the three
 * alignments a value can have inside a longer encoded payload. Searching for these finds the
 * value wherever it sits in the encoded bytes.
 */
function base64Cores(value: string, encoding: 'base64' | 'base64url'): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset, 0x20), bytes]).toString(encoding);
    const start = offset === 0 ? 0 : 4;
    const end = Math.floor((offset + bytes.length) / 3) * 4;
    if (end - start >= 8) cores.push(encoded.slice(start, end));
  }
  return cores;
}

/** Every form of `value` a leak check looks for, without duplicates. */
export function leakForms(value: string): LeakForm[] {
  const jsonEscaped = JSON.stringify(value).slice(1, -1);
  const candidates: LeakForm[] = [
    { kind: 'raw', text: value },
    { kind: 'json-escaped', text: jsonEscaped },
    { kind: 'json-escaped-twice', text: JSON.stringify(jsonEscaped).slice(1, -1) },
    { kind: 'url-encoded', text: encodeURIComponent(value) },
    { kind: 'url-encoded', text: encodeURI(value) },
    { kind: 'form-encoded', text: new URLSearchParams({ v: value }).toString().slice(2) },
    ...base64Cores(value, 'base64').map((text) => ({ kind: 'base64' as const, text })),
    ...base64Cores(value, 'base64url').map((text) => ({ kind: 'base64url' as const, text })),
  ];
  const seen = new Set<string>();
  return candidates.filter((form) => {
    if (seen.has(form.text)) return false;
    seen.add(form.text);
    return true;
  });
}

/** The forms of `value` found in `text`. */
export function formsIn(text: string, value: string): LeakForm[] {
  return leakForms(value).filter((form) => text.includes(form.text));
}
