import { foldCode } from '../../text/letters.js';
import { WordTable } from '../../text/word-table.js';

/** Bit flags of a word in the address vocabulary. */
export const STREET_SUFFIX = 1 << 0;
/** Abbreviated suffix that may carry a period: `St.`, `Ave.`, `Pkwy.`. */
export const ABBREVIATION = 1 << 1;
export const UNIT = 1 << 2;
/** A count, not a street name: `5 Minute Drive`, `3 Step Way`. */
export const QUANTITY = 1 << 3;
export const DIRECTION = 1 << 4;
export const US_STATE = 1 << 5;
/** A German street word standing alone after an adjective: `Berliner Straße 5`, `Am Ring 3`. */
export const GERMAN_STREET_WORD = 1 << 6;
/** French street type after the number: `12 rue de la Paix`. */
export const FRENCH_STREET_TYPE = 1 << 7;
/** Lower-case words inside a French or Spanish street name: `de la`, `du`, `des`. */
export const STREET_PARTICLE = 1 << 8;
/** Street type before the name, number last: `Via Roma 10`, `Calle Mayor 5`, `Rua Augusta 20`. */
export const LEADING_STREET_TYPE = 1 << 9;

const SUFFIXES = `
street avenue road boulevard lane drive court way place terrace parkway close crescent gardens square highway circle
trail alley row mews grove rise
`;
const ABBREVIATIONS = 'st ave av rd blvd ln dr ct pl ter terr pkwy cres gdns sq hwy cir trl aly';
const UNITS = 'apt apartment suite ste unit floor fl room rm bldg building flat';
const QUANTITIES = `
minute minutes min mins hour hours hr hrs day days week weeks month months year years mile miles km second seconds
step steps page pages point points item items time times percent dollar dollars euro euros pound pounds
chapter chapters version versions section sections part parts figure table level levels round rounds phase stage
episode season volume issue build release line lines row rows column columns test tests case cases example option note
grade class lesson top string player players user users league leagues
`;
const DIRECTIONS = 'n s e w ne nw se sw north south east west';
const US_STATES = `
al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri
sc sd tn tx ut vt va wa wv wi wy dc pr
`;
const GERMAN_STREET_WORDS = 'straße strasse str weg platz allee gasse ring damm ufer chaussee markt steig pfad';
const FRENCH_STREET_TYPES = 'rue avenue boulevard bd place allée allee chemin impasse quai cours route';
const STREET_PARTICLES = `
de la du des d l le les del y da das do dos dei degli delle della di den der dem die van von ter het
`;
/**
 * Words that open a street name whose number comes last: `Via Roma 10`, `Calle de Alcalá 155`,
 * `Rua das Flores, 123`. German prepositions (`Am Wiesenhang 3a`) are left out: `Im Jahr 2024`,
 * `Auf Seite 5`; such streets need a postcode and city after the number.
 */
const LEADING_STREET_TYPES = `
via viale piazza corso calle avenida rua carrer paseo plaza praça praca travessa largo avinguda rambla alameda
`;

export const addressWords = new WordTable()
  .add(SUFFIXES, STREET_SUFFIX)
  .add(ABBREVIATIONS, STREET_SUFFIX | ABBREVIATION)
  .add(UNITS, UNIT)
  .add(QUANTITIES, QUANTITY)
  .add(DIRECTIONS, DIRECTION)
  .add(US_STATES, US_STATE)
  .add(GERMAN_STREET_WORDS, GERMAN_STREET_WORD)
  .add(FRENCH_STREET_TYPES, FRENCH_STREET_TYPE)
  .add(STREET_PARTICLES, STREET_PARTICLE)
  .add(LEADING_STREET_TYPES, LEADING_STREET_TYPE);

/**
 * Endings of German and Dutch compound street names: `Musterstraße`, `Kiefernweg`, `Marktplatz`,
 * `Keizersgracht`, `Damstraat`, `Coolsingel`.
 */
export const GERMAN_COMPOUND_ENDINGS = [
  'straße', 'strasse', 'weg', 'platz', 'allee', 'gasse', 'damm', 'chaussee', 'ufer', 'steig', 'pfad',
  'straat', 'gracht', 'laan', 'plein', 'kade', 'singel', 'dijk', 'steeg', 'dreef',
];

/**
 * Pairs of code units folded as `WordTable` compares them: a flag per pair of ASCII units
 * (a single load), a set for any other pair.
 */
class FoldedPairs {
  private readonly ascii = new Uint8Array(128 * 128);
  private readonly other = new Set<number>();

  add(first: number, second: number): void {
    const a = foldCode(first);
    const b = foldCode(second);
    if (a < 128 && b < 128) this.ascii[a * 128 + b] = 1;
    else this.other.add(a * 0x10000 + b);
  }

  has(first: number, second: number): boolean {
    const a = foldCode(first);
    const b = foldCode(second);
    if (a < 128 && b < 128) return this.ascii[a * 128 + b] === 1;
    return this.other.size > 0 && this.other.has(a * 0x10000 + b);
  }
}

function pairsOf(words: string, atEnd: boolean): FoldedPairs {
  const pairs = new FoldedPairs();
  for (const word of words.split(/\s+/)) {
    if (word.length < 2) continue;
    const at = atEnd ? word.length - 2 : 0;
    pairs.add(word.charCodeAt(at), word.charCodeAt(at + 1));
  }
  return pairs;
}

/** Words of exactly two code units, as pairs: `pairsOf` with every word whole. */
function twoLetterWordsOf(words: string): FoldedPairs {
  for (const word of words.split(/\s+/)) {
    if (word.length !== 2 && word.length !== 0) throw new Error(`not a two-letter word: ${word}`);
  }
  return pairsOf(words, false);
}

const FRENCH_STREET_TYPE_OPENINGS = pairsOf(FRENCH_STREET_TYPES, false);
const UNIT_OPENINGS = pairsOf(UNITS, false);
const UNIT_ENDINGS = pairsOf(UNITS, true);
const US_STATE_PAIRS = twoLetterWordsOf(US_STATES);

/**
 * Whether a word opening with these two code units may be a French street type: a word is
 * read and looked up only when it may (`12 approved` is not). Every type has two letters or more.
 */
export function mayOpenFrenchStreetType(first: number, second: number): boolean {
  return FRENCH_STREET_TYPE_OPENINGS.has(first, second);
}

/** Whether a word ending in these two code units may be a unit (`Flat`, `Apt`); every unit has two letters or more. */
export function mayEndUnit(beforeLast: number, last: number): boolean {
  return UNIT_ENDINGS.has(beforeLast, last);
}

/** Whether a word opening with these two code units may be a unit; see `mayEndUnit`. */
export function mayOpenUnit(first: number, second: number): boolean {
  return UNIT_OPENINGS.has(first, second);
}

/** Whether these two code units are a US state (`CA`, `ny`): what `US_STATE` flags, without a lookup. */
export function isUsState(first: number, second: number): boolean {
  return US_STATE_PAIRS.has(first, second);
}
