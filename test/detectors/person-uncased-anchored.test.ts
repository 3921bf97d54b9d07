import { describe, expect, it } from 'vitest';
import type { Detector } from '../../src/engine/types.js';
import { Scanner } from '../../src/engine/scanner.js';
import { uncasedPersonDetector } from '../../src/engine/detectors/person.js';

/** The anchored path: the scanner hands the detector its keyword hits. */
const anchored = new Scanner([uncasedPersonDetector]);
/**
 * The same detector without `findAtHits`, so that the scanner calls the whole-text `find`, and
 * without the `name` anchor keyword, which only locates cues and must not trigger by itself.
 */
const wholeText: Detector = {
  ...uncasedPersonDetector,
  trigger: { keywords: (uncasedPersonDetector.trigger.keywords ?? []).filter((keyword) => keyword !== 'name') },
  findAtHits: undefined,
} as Detector;
const whole = new Scanner([wholeText]);

function spans(scanner: Scanner, text: string): string[] {
  return scanner.scan(text).map((finding) => `${finding.start}-${finding.end}`);
}

function expectSame(text: string): void {
  expect(spans(anchored, text), JSON.stringify(text)).toEqual(spans(whole, text));
}

describe('uncased person detector anchored on keyword hits', () => {
  it('finds the cues the keywords spell', () => {
    for (const text of [
      'hey, my name is kwame mensah and I forgot',
      "hi i'm jane doe",
      'I am maria here',
      'please call me priya',
      'hola, me llamo ana',
      'oi, me chamo joao',
      'ciao, mi chiamo luca',
      "bonjour, je m'appelle pierre",
      'my name’s kwame',
      '担当者：佐藤 花子',
      '田中さん',
    ]) {
      expect(spans(anchored, text).length, text).toBeGreaterThan(0);
      expectSame(text);
    }
  });

  it('still finds cues no keyword spells when some keyword occurs', () => {
    for (const text of [
      "i'm\tjane doe, name is",
      'my name is x and i am\tmaria',
      'call me\tpriya, name is',
      "my nameam kwame, i'm here",
      "my name'm kwame, i'm here",
      "my nameme kwame, i'm here",
      "mi name is x; m'abcdeam pierre",
      "i'm ok. M'abcdemi pierre",
      "me llamo\tana, i'm",
    ]) {
      expectSame(text);
    }
  });

  it('reports nothing when only the `name` anchor occurs', () => {
    expect(spans(anchored, 'my nameam kwame')).toEqual([]);
    expect(spans(anchored, 'my nameam kwame')).toEqual(spans(whole, 'my nameam kwame'));
  });

  it('resumes after a reported name, as one pass over the text would', () => {
    for (const text of [
      'my name is kwame mensah call me priya',
      "i'm jane i'm maria",
      'my name is mia me llamo ana',
      'call me llamo ana',
    ]) {
      expectSame(text);
    }
  });

  it('agrees with the whole-text search on random mixtures of cue fragments', () => {
    const parts = [
      'my ', 'name', ' is ', "name's ", "i'm ", 'I am ', 'i am', 'call ', 'me ', 'me', 'mi ', 'llamo ', 'chamo ',
      'chiamo ', "m'appelle ", 'm’appelle ', "m'abcdeam ", 'am ', 'm', "'", '’', '\t', ' ', 'jane ', 'doe', 'kwame ',
      'priya', 'ana ', 'and ', 'trying ', 'ji ', '. ', ', ', '田中', 'さん', '様', '：', '佐藤 花子', '名前は', 'X',
    ];
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 4000; round++) {
      let text = '';
      const count = 1 + random(14);
      for (let k = 0; k < count; k++) text += parts[random(parts.length)];
      expectSame(text);
    }
  });
});
