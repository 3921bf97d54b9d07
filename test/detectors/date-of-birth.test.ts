import { describe, expect, it } from 'vitest';
import { Scanner } from '../../src/engine/scanner.js';
import { dateOfBirthDetectors } from '../../src/engine/detectors/date-of-birth.js';

const scanner = new Scanner(dateOfBirthDetectors);

function dates(text: string): string[] {
  return scanner.scan(text).map((finding) => text.slice(finding.start, finding.end));
}

describe('date of birth detector', () => {
  const positives: [string, string][] = [
    ['DOB: 1985-04-12', '1985-04-12'],
    ['D.O.B. 04/12/1985', '04/12/1985'],
    ['date of birth 12.04.1985', '12.04.1985'],
    ['born 12 April 1985', '12 April 1985'],
    ['Born on April 12, 1985 in Ohio', 'April 12, 1985'],
    ['{"dob": "1985-04-12"}', '1985-04-12'],
    ['"date_of_birth":"1985-04-12T00:00:00Z"', '1985-04-12'],
    ['birthDate=12/31/1990', '12/31/1990'],
    ['Geburtsdatum: 12.04.1985', '12.04.1985'],
    ['geboren am 3. März 1971', '3. März 1971'],
    ['née le 5 mai 1980', '5 mai 1980'],
    ['fecha de nacimiento: 12 de abril de 1985', '12 de abril de 1985'],
    ['birthday: Dec 24th, 1999', 'Dec 24th, 1999'],
    ['My birthday is on 24/12/1999 and my colleague', '24/12/1999'],
    ['DOB 3/7/85', '3/7/85'],
    ['Patient DOB (as on file): 1972-11-03', '1972-11-03'],
    ['| DOB | 1985-04-12 |', '1985-04-12'],
  ];

  it.each(positives)('finds the date in %j', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it('finds every date in a table column headed by birth context', () => {
    const markdown = '| Name | Date of birth |\n|------|---------------|\n| Mateo Silva | 1992-02-29 |\n| Beatriz Costa | 1987-09-30 |';
    expect(dates(markdown)).toEqual(['1992-02-29', '1987-09-30']);
    const middle = '| Name | DOB | Joined |\n|---|---|---|\n| Ana | 03/04/1990 | 2024-01-01 |\n| Ben | 12.05.1985 | 2023-02-02 |\n\nAfter 2024-05-05';
    expect(dates(middle)).toEqual(['03/04/1990', '12.05.1985']);
    expect(dates('name,dob,email\nAna Lima,1990-01-02,ana@example.com\nBen Ross,1985-12-31,ben@example.com')).toEqual(['1990-01-02', '1985-12-31']);
    expect(dates('id\tdate_of_birth\n1\t1970-01-01\n2\t1980-02-02')).toEqual(['1970-01-01', '1980-02-02']);
  });

  it('leaves other table columns and comma lists alone', () => {
    expect(dates('| Name | Joined |\n|---|---|\n| Ana | 2024-01-01 |')).toEqual([]);
    expect(dates('| Name | DOB | Joined |\n|---|---|---|\n| Ana | unknown | 2024-01-01 |')).toEqual([]);
    expect(dates('Name, DOB, and address are required.\nSee 2024-01-01, 2024-02-01')).toEqual([]);
  });

  it('reports with confidence 0.9 and only the date', () => {
    const [finding] = scanner.scan('DOB: 1985-04-12');
    expect(finding).toMatchObject({ type: 'DATE_OF_BIRTH', start: 5, end: 15, confidence: 0.9 });
  });

  const negatives = [
    'Meeting on 2024-01-05',
    'created_at 2024-05-01T10:00:00Z',
    '1985-04-12',
    'April 12, 1985',
    'dob unknown; order 12345',
    'adobe 2020-01-01',
    'born in 1985',
    'version 1.2.3 released 2024-01-01',
    'DOB: 13/13/1985',
    'DOB: 1985-13-45',
    'born 2024-02-30',
    'the build was born out of necessity and shipped much later on 2024-03-01',
    'timestamp 1714557600000',
    'stubborn bug since 2024-01-01',
  ];

  it.each(negatives)('leaves %j alone', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('handles long adversarial input', () => {
    expect(() => scanner.scan('DOB '.repeat(50_000))).not.toThrow();
    expect(() => scanner.scan('born 12/'.repeat(30_000))).not.toThrow();
    expect(dates('DOB: 1985-04-12 '.repeat(1000))).toHaveLength(1000);
    expect(() => scanner.scan('| DOB |\n'.repeat(30_000))).not.toThrow();
    const started = performance.now();
    scanner.scan('dob,'.repeat(50_000));
    scanner.scan('| DOB '.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(dates(`| DOB |\n${'| 1985-04-12 |\n'.repeat(5000)}`)).toHaveLength(5000);
  });
});
