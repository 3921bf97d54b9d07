import type { Finding, PiiType } from '../engine/types.js';

export type StrategyName = 'redact' | 'mask' | 'hash' | 'encrypt' | 'drop';

/** A user-written strategy: gets the matched text, returns its replacement. Throwing fails closed. */
export type CustomStrategy = (match: string, finding: Finding) => string;

export type StrategySetting = StrategyName | CustomStrategy;

/** A policy-defined detector: a regular expression that must be linear (no nested quantifiers). */
export interface CustomPattern {
  /** Detector name, e.g. `acme.ticket_id`; shows in findings and metrics. */
  readonly name: string;
  /** Upper-case type name, e.g. `USER_ID` or `ACME_TICKET`. */
  readonly type: PiiType;
  /** A RegExp or its source. The `g` flag is added if missing. */
  readonly pattern: RegExp | string;
  /** Flags when `pattern` is a string, e.g. `i`. */
  readonly flags?: string;
  /** Defaults to 0.9. */
  readonly confidence?: number;
  /**
   * Literals of which at least one must occur for the pattern to run (case-insensitive);
   * without them the pattern runs on every string.
   */
  readonly keywords?: readonly string[];
  /**
   * Extra check on the match, e.g. a checksum. It must answer the same for the same match every
   * time: the redactor remembers values and texts it found clean (see `rememberCleanText`).
   */
  readonly validate?: (match: string) => boolean;
}

export interface KeyRulesPolicy {
  /**
   * Keys whose whole value is replaced whatever it contains. A rule is a word sequence
   * (`api_key` matches `x-api-key`, `OPENAI_API_KEY`, `apiKey`); a trailing `$` means the
   * words must end the key (`token$` matches `access_token` but not `token_count`). A suffix
   * `=TYPE` names the reported type (`date_of_birth=DATE_OF_BIRTH`); the default is SECRET.
   */
  readonly redact?: readonly string[];
  /** Keys whose value is replaced by a keyed-hash pseudonym (same input, same token). */
  readonly pseudonymize?: readonly string[];
  /** Keys never scanned: exact names or `prefix.*` globs, compared case-insensitively. */
  readonly allow?: readonly string[];
  /** When true, the lists above replace the defaults instead of extending them. */
  readonly replaceDefaults?: boolean;
}

export interface RedactionPolicy {
  /** `redact` (default) changes values; `report` only counts findings, for a safe rollout. */
  readonly mode?: 'redact' | 'report';
  /**
   * Turn detectors on or off by detector name (`secret.jwt`), family prefix (`secret`) or
   * type (`PERSON`). Unlisted detectors keep their default.
   */
  readonly detectors?: Readonly<Record<string, boolean>>;
  /** Strategy per type; the key `default` applies to types not listed. */
  readonly strategies?: Readonly<Record<string, StrategySetting>>;
  readonly keys?: KeyRulesPolicy;
  readonly customPatterns?: readonly CustomPattern[];
  /** Findings below this confidence are ignored. Default 0.5. */
  readonly minConfidence?: number;
  /** Strings longer than this many UTF-16 units are handled by `oversize`. Default 262144. */
  readonly maxValueLength?: number;
  /**
   * `truncate` (default): scan the first `maxValueLength` units and replace the rest with a
   * marker. `redact`: replace the whole value with a marker. Either way, no unscanned text leaves.
   */
  readonly oversize?: 'truncate' | 'redact';
  /** Deepest nesting of arrays/objects walked; deeper values are replaced. Default 32. */
  readonly maxDepth?: number;
  /** HMAC key for `hash` (at least 16 bytes). Falls back to OTEL_PII_REDACT_HASH_KEY, then a random per-process key. */
  readonly hashKey?: string | Uint8Array;
  /** Hex characters of the HMAC kept in a pseudonym (8..64). Default 16. */
  readonly hashLength?: number;
  /** AES-256-GCM key (32 bytes, or base64/hex of 32 bytes) for `encrypt`. Falls back to OTEL_PII_REDACT_ENCRYPTION_KEY. */
  readonly encryptionKey?: string | Uint8Array;
  /** What to do with base64 binary parts of GenAI messages (`blob.content`): `redact` (default) or `keep`. */
  readonly binaryContent?: 'redact' | 'keep';
  /**
   * Remember long texts (over 128 characters) found clean twice, so that a text sent again (a
   * system prompt, tool definitions, a chat history re-sent every turn) is recognised by its
   * SHA-256 instead of scanned again. The memo holds fingerprints, never text. `true` (the
   * default) remembers texts totalling up to 64 Mi characters, at most 65,536 of them; a number
   * sets that budget in characters; `false` or `0` turns it off.
   */
  readonly rememberCleanText?: boolean | number;
}
