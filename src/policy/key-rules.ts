import type { PiiType } from '../engine/types.js';

export const KeyAction = { Scan: 0, Allow: 1, Redact: 2, Pseudonymize: 3 } as const;
export type KeyAction = (typeof KeyAction)[keyof typeof KeyAction];

export interface KeyRuleLists {
  readonly redact: readonly string[];
  readonly pseudonymize: readonly string[];
  readonly allow: readonly string[];
}

interface WordRule {
  readonly words: readonly string[];
  readonly anchoredAtEnd: boolean;
  readonly type: PiiType;
}

const CACHE_LIMIT = 10_000;

/** Which type a whole-value key rule reports, so metrics and placeholders stay meaningful. */
function typeOfRedactRule(words: readonly string[]): PiiType {
  const joined = words.join('_');
  if (joined === 'credit_card' || joined === 'card_number' || joined === 'cvv' || joined === 'cvc') {
    return 'CREDIT_CARD';
  }
  if (joined === 'ssn') return 'US_SSN';
  return 'SECRET';
}

/**
 * Splits a key into lower-case words at punctuation and camelCase boundaries:
 * `http.request.header.x-api-key` → [http, request, header, x, api, key]; `apiKey` → [api, key].
 */
export function keyWords(key: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= key.length; i++) {
    const code = i < key.length ? key.charCodeAt(i) : 0;
    const isUpper = code >= 65 && code <= 90;
    const isAlnum = isUpper || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    const previous = i > 0 ? key.charCodeAt(i - 1) : 0;
    const camelBoundary = isUpper && previous >= 97 && previous <= 122;
    if (start !== -1 && (!isAlnum || camelBoundary)) {
      words.push(key.slice(start, i).toLowerCase());
      start = -1;
    }
    if (isAlnum && start === -1) start = i;
  }
  return words;
}

/** `words`, `words$` (must end the key) and either with `=TYPE` to name the reported type. */
function compileWordRule(rule: string): WordRule {
  const equals = rule.lastIndexOf('=');
  const explicitType = equals > 0 ? rule.slice(equals + 1).trim() : undefined;
  const pattern = (equals > 0 ? rule.slice(0, equals) : rule).trim();
  const anchoredAtEnd = pattern.endsWith('$');
  const words = keyWords(anchoredAtEnd ? pattern.slice(0, -1) : pattern);
  return { words, anchoredAtEnd, type: explicitType || typeOfRedactRule(words) };
}

function matchesWordRule(keyWordList: readonly string[], rule: WordRule): boolean {
  const n = rule.words.length;
  if (n === 0 || n > keyWordList.length) return false;
  const lastStart = keyWordList.length - n;
  const firstStart = rule.anchoredAtEnd ? lastStart : 0;
  outer: for (let s = firstStart; s <= lastStart; s++) {
    for (let w = 0; w < n; w++) if (keyWordList[s + w] !== rule.words[w]) continue outer;
    return true;
  }
  return false;
}

/**
 * The policy's key rules compiled once: classifies an attribute or JSON key in one cached
 * lookup on the hot path. Decision order: allow, then redact, then pseudonymise, else scan.
 */
export class KeyRules {
  private readonly redactRules: readonly WordRule[];
  private readonly pseudonymizeRules: readonly WordRule[];
  private readonly allowExact = new Set<string>();
  private readonly allowPrefixes: string[] = [];
  private readonly cache = new Map<string, KeyAction>();
  private readonly typeCache = new Map<string, PiiType>();

  constructor(lists: KeyRuleLists) {
    this.redactRules = lists.redact.map(compileWordRule);
    this.pseudonymizeRules = lists.pseudonymize.map(compileWordRule);
    for (const rule of lists.allow) {
      const lower = rule.toLowerCase();
      if (lower.endsWith('.*')) this.allowPrefixes.push(lower.slice(0, -1));
      else this.allowExact.add(lower);
    }
  }

  classify(key: string): KeyAction {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const action = this.computeAction(key);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, action);
    return action;
  }

  /**
   * The type reported for a key's whole value: from the matching redact rule (`SECRET`,
   * `CREDIT_CARD`, `US_SSN`) or, for pseudonymised keys, `SESSION_ID` or `USER_ID`.
   * Only meaningful after `classify` returned Redact or Pseudonymize.
   */
  typeFor(key: string): PiiType {
    return this.typeCache.get(key) ?? 'SECRET';
  }

  private computeAction(key: string): KeyAction {
    // A key we redacted on an earlier pass (`[REDACTED:PHONE]`) must not match `phone$` now.
    if (key.startsWith('[REDACTED:')) return KeyAction.Scan;
    const lower = key.toLowerCase();
    if (this.allowExact.has(lower)) return KeyAction.Allow;
    for (const prefix of this.allowPrefixes) if (lower.startsWith(prefix)) return KeyAction.Allow;
    const words = keyWords(key);
    for (const rule of this.redactRules) {
      if (matchesWordRule(words, rule)) {
        this.rememberType(key, rule.type);
        return KeyAction.Redact;
      }
    }
    for (const rule of this.pseudonymizeRules) {
      if (matchesWordRule(words, rule)) {
        this.rememberType(key, words.includes('session') ? 'SESSION_ID' : 'USER_ID');
        return KeyAction.Pseudonymize;
      }
    }
    return KeyAction.Scan;
  }

  private rememberType(key: string, type: PiiType): void {
    if (this.typeCache.size >= CACHE_LIMIT) this.typeCache.clear();
    this.typeCache.set(key, type);
  }
}
