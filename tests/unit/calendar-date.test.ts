import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { amsterdamDate, parseCalendarDate } from '../../src/kernel/calendar-date';

describe('parseCalendarDate', () => {
  const accepted: readonly (readonly [string, string])[] = [
    ['2026-12-15', '2026-12-15'],
    ['15-12-2026', '2026-12-15'],
    ['5-1-2027', '2027-01-05'],
    ['15/12/2026', '2026-12-15'],
    ['15.12.2026', '2026-12-15'],
    ['15 december 2026', '2026-12-15'],
    ['15 dec 2026', '2026-12-15'],
    ['15 dec. 2026', '2026-12-15'],
    ['1 mrt 2027', '2027-03-01'],
    ['1 maart 2027', '2027-03-01'],
    ['3 March 2027', '2027-03-03'],
    ['17 mei 2026', '2026-05-17'],
    ['12 okt 2026', '2026-10-12'],
    ['29-02-2028', '2028-02-29'],
    ['  15-12-2026  ', '2026-12-15'],
    ['15 DECEMBER 2026', '2026-12-15'],
  ];
  for (const [input, iso] of accepted) {
    it(`reads ${JSON.stringify(input)} as ${iso}`, () => {
      assert.equal(parseCalendarDate(input), iso);
    });
  }

  const refused = [
    '31-02-2026',
    '29-02-2027',
    '2026-13-01',
    '2026-00-10',
    'gisteren',
    '',
    '   ',
    '15-12-26',
    '32 december 2026',
    '15 decembre 2026',
    '0-12-2026',
    '2026-12-15T10:00',
    '15 12 2026',
  ];
  for (const input of refused) {
    it(`refuses ${JSON.stringify(input)}`, () => {
      assert.equal(parseCalendarDate(input), undefined);
    });
  }
});

describe('amsterdamDate', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['2026-06-30T21:59:00Z', '2026-06-30'], // 23:59 summer time
    ['2026-06-30T22:30:00Z', '2026-07-01'], // 00:30 summer time
    ['2026-12-31T22:59:00Z', '2026-12-31'], // 23:59 winter time
    ['2026-12-31T23:30:00Z', '2027-01-01'], // 00:30 winter time
    ['2026-03-29T00:30:00Z', '2026-03-29'], // the night summer time starts
    ['2026-10-24T22:30:00Z', '2026-10-25'], // the night winter time starts
    ['2026-12-15T12:00:00Z', '2026-12-15'],
  ];
  for (const [instant, date] of cases) {
    it(`${instant} is ${date} in Amsterdam`, () => {
      assert.equal(amsterdamDate(new Date(instant)), date);
    });
  }

  it('gives an ISO date that parseCalendarDate reads back unchanged', () => {
    const date = amsterdamDate(new Date('2027-01-05T08:00:00Z'));
    assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(parseCalendarDate(date), date);
  });
});
