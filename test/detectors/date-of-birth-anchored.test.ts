import { describe, expect, it } from 'vitest';
import { Scanner } from '../../src/engine/scanner.js';
import { dateOfBirthDetector } from '../../src/engine/detectors/date-of-birth.js';

const scanner = new Scanner([dateOfBirthDetector]);

function viaScanner(text: string): string[] {
  return scanner.scan(text).map((finding) => `${finding.start}-${finding.end}`);
}

function viaFind(text: string): string[] {
  const found: string[] = [];
  dateOfBirthDetector.find(text, (_type, start, end) => found.push(`${start}-${end}`));
  return found;
}

describe('date of birth detector anchored on keyword hits', () => {
  it('finds contexts that start before their keyword', () => {
    for (const text of [
      'date of birth: 12.04.1985',
      'dateofbirth=1985-04-12',
      'Date_Of-Birth 04/12/1985',
      'fecha de nacimiento: 12 de abril de 1985',
      'date de naissance : 5 mai 1980',
      'data de nascimento 12/04/1985',
      'data di nascita 12.04.1985',
    ]) {
      expect(viaScanner(text), text).toHaveLength(1);
      expect(viaFind(text), text).toEqual(viaScanner(text));
    }
  });

  it('needs the whole context around the keyword', () => {
    for (const text of ['birth 12.04.1985', 'geburt 12.04.1985', 'adob 12.04.1985', 'dobby 12.04.1985', 'xdate of birth 12.04.1985']) {
      expect(viaScanner(text), text).toEqual([]);
    }
  });

  it('takes `d.ob` and `do.b` as context only when a trigger keyword is present, as `find` alone does not ask', () => {
    expect(viaScanner('d.ob 12.04.1985')).toEqual([]);
    expect(viaScanner('do.b: 12.04.1985')).toEqual([]);
    expect(viaFind('d.ob 12.04.1985')).toEqual(['5-15']);
    expect(viaScanner('born in Ohio; d.ob 12.04.1985')).toEqual(['19-29']);
  });

  it('resumes after a date, as one pass over the text would', () => {
    const text = 'DOB 12.04.1985 date of birth 01.02.1990, born 3 March 1971 and dob: 1972-11-03';
    expect(viaScanner(text)).toEqual(viaFind(text));
    expect(viaScanner(text)).toHaveLength(4);
  });
});
