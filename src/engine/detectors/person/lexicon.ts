import { WordTable } from '../../text/word-table.js';
import * as cue from './cue-words.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from './first-names.js';
import { NOT_NAME_WORDS, ORGANISATION_WORDS, THING_FIRST_NAMES, PLACE_PREFIXES, SURNAME_WORDS } from './stop-words.js';

/** Bit flags of a word in the person lexicon. */
export const FIRST_NAME = 1 << 0;
export const AMBIGUOUS_NAME = 1 << 1;
export const NOT_NAME = 1 << 2;
export const ORGANISATION = 1 << 3;
export const PLACE_PREFIX = 1 << 4;
export const TITLE = 1 << 5;
export const GREETING = 1 << 6;
export const GREETING_TAIL = 1 << 7;
export const CLOSING = 1 << 8;
export const DIRECT_CLOSING = 1 << 9;
export const CLOSING_TAIL = 1 << 10;
export const CLOSING_HEAD = 1 << 11;
export const STRONG_INTRODUCTION = 1 << 12;
export const WEAK_INTRODUCTION = 1 << 13;
export const INTRODUCTION_LINK = 1 << 14;
export const NAME_NOUN = 1 << 15;
export const POSSESSIVE = 1 << 16;
export const WEAK_HEAD = 1 << 17;
export const PERSON_KEY = 1 << 18;
export const MAYBE_PERSON_KEY = 1 << 19;
export const PERSON_NAMESPACE = 1 << 20;
export const PARTICLE = 1 << 21;
export const GREETING_HEAD = 1 << 22;
/** `call me …` (with `me`), `contact Mark Jensen`, `ping Grace Liu`. */
export const CONTACT_VERB = 1 << 23;
export const RELATION = 1 << 24;
export const PERSON_VERB = 1 << 25;
/** `to`, `with` after a head in `TO_HEADS` (looked up in `phraseWords`). */
export const TO_LINK = 1 << 26;
export const INTERJECTION = 1 << 27;
/** Surnames that are also common words kept out of the name slot: `Helen Park`, `Jimmy Page`. */
export const SURNAME_WORD = 1 << 28;
export const HONORIFIC = 1 << 29;
/** A first name that is also a well-known place or product: `Austin`, `Florence`, `Julia`. */
export const THING_NAME = 1 << 30;

export const KNOWN_NAME = FIRST_NAME | AMBIGUOUS_NAME;
/** Words that announce a name and so are never one themselves. */
export const CUE_WORD = TITLE | GREETING | CLOSING;

/** Every word the person detector asks about, in one table built at module load. */
export const lexicon = new WordTable()
  .add(FIRST_NAMES, FIRST_NAME)
  .add(AMBIGUOUS_FIRST_NAMES, AMBIGUOUS_NAME)
  .add(NOT_NAME_WORDS, NOT_NAME)
  .add(ORGANISATION_WORDS, ORGANISATION)
  .add(PLACE_PREFIXES, PLACE_PREFIX)
  .add(cue.TITLES, TITLE)
  .add(cue.GREETINGS, GREETING)
  .add(cue.GREETING_TAILS, GREETING_TAIL)
  .add(cue.CLOSINGS, CLOSING)
  .add(cue.DIRECT_CLOSINGS, DIRECT_CLOSING)
  .add(cue.CLOSING_TAILS, CLOSING_TAIL)
  .add(cue.CLOSING_HEADS, CLOSING_HEAD)
  .add(cue.STRONG_INTRODUCTIONS, STRONG_INTRODUCTION)
  .add(cue.WEAK_INTRODUCTIONS, WEAK_INTRODUCTION)
  .add(cue.INTRODUCTION_LINKS, INTRODUCTION_LINK)
  .add(cue.NAME_NOUNS, NAME_NOUN)
  .add(cue.POSSESSIVES, POSSESSIVE)
  .add(cue.WEAK_HEADS, WEAK_HEAD)
  .add(cue.PERSON_KEYS, PERSON_KEY)
  .add(cue.MAYBE_PERSON_KEYS, MAYBE_PERSON_KEY)
  .add(cue.PERSON_NAMESPACES, PERSON_NAMESPACE)
  .add(cue.PARTICLES, PARTICLE)
  .add(cue.GREETING_HEADS, GREETING_HEAD)
  .add(cue.CALL_VERBS, CONTACT_VERB)
  .add(cue.CONTACT_VERBS, CONTACT_VERB)
  .add(cue.TO_LINKS, TO_LINK)
  .add(cue.INTERJECTIONS, INTERJECTION)
  .add(SURNAME_WORDS, SURNAME_WORD)
  .add(cue.HONORIFICS, HONORIFIC)
  .add(THING_FIRST_NAMES, THING_NAME)
  .add(cue.RELATIONS, RELATION)
  .add(cue.PERSON_VERBS, PERSON_VERB);

/** Flags of `phraseWords`: words asked about only after a cheaper check found a candidate. */
export const TO_HEAD = 1 << 0;
export const ROLE_LABEL = 1 << 1;
export const LIFE_VERB = 1 << 2;
export const LOWER_CASE_TITLE = 1 << 3;

/** A second, small table, so that the main one keeps its flags within 31 bits. */
export const phraseWords = new WordTable()
  .add(cue.TO_HEADS, TO_HEAD)
  .add(cue.ROLE_LABELS, ROLE_LABEL)
  .add(cue.LIFE_VERBS, LIFE_VERB)
  .add(cue.LOWER_CASE_TITLES, LOWER_CASE_TITLE);

/** Confidence of a name found after a cue (title, greeting, self-introduction, label). */
export const CUE_CONFIDENCE = 0.85;
