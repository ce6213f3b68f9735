import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  addAmsterdamDays,
  amsterdamParts,
  amsterdamToUtc,
  formatAmsterdam,
  type AmsterdamToUtc,
} from '../../src/kernel/amsterdam-time';

type Ymd = [number, number, number];
type Hm = [number, number];
type Shown = { iso: string; ambiguous: boolean } | 'nonexistent';

const show = (r: AmsterdamToUtc): Shown => (r.ok ? { iso: r.instant.toISOString(), ambiguous: r.ambiguous } : r.reason);
const at = (iso: string, ambiguous = false): Shown => ({ iso, ambiguous });

const TO_UTC: readonly (readonly [string, Ymd, Hm, Shown])[] = [
  ['winter (UTC+1)', [2026, 1, 15], [12, 0], at('2026-01-15T11:00:00.000Z')],
  ['summer (UTC+2)', [2026, 7, 1], [12, 0], at('2026-07-01T10:00:00.000Z')],
  ['local midnight in winter', [2026, 12, 1], [0, 0], at('2026-11-30T23:00:00.000Z')],
  ['new year', [2027, 1, 1], [0, 30], at('2026-12-31T23:30:00.000Z')],
  ['last minute before spring gap', [2026, 3, 29], [1, 59], at('2026-03-29T00:59:00.000Z')],
  ['start of spring gap', [2026, 3, 29], [2, 0], 'nonexistent'],
  ['inside spring gap', [2026, 3, 29], [2, 30], 'nonexistent'],
  ['end of spring gap', [2026, 3, 29], [2, 59], 'nonexistent'],
  ['first summer minute', [2026, 3, 29], [3, 0], at('2026-03-29T01:00:00.000Z')],
  ['before autumn overlap', [2026, 10, 25], [1, 59], at('2026-10-24T23:59:00.000Z')],
  ['start of autumn overlap', [2026, 10, 25], [2, 0], at('2026-10-25T00:00:00.000Z', true)],
  ['inside autumn overlap', [2026, 10, 25], [2, 30], at('2026-10-25T00:30:00.000Z', true)],
  ['end of autumn overlap', [2026, 10, 25], [2, 59], at('2026-10-25T00:59:00.000Z', true)],
  ['first winter minute after overlap', [2026, 10, 25], [3, 0], at('2026-10-25T02:00:00.000Z')],
  ['spring gap 2027 (28 March)', [2027, 3, 28], [2, 30], 'nonexistent'],
  ['29 March 2027 is ordinary', [2027, 3, 29], [2, 30], at('2027-03-29T00:30:00.000Z')],
  ['30 February', [2026, 2, 30], [12, 0], 'nonexistent'],
  ['month 13', [2026, 13, 1], [12, 0], 'nonexistent'],
  ['minute 60', [2026, 6, 1], [12, 60], 'nonexistent'],
];

const FORMAT: readonly (readonly [string, string, string])[] = [
  ['2026-12-15T16:00:00.000Z', 'dinsdag 15 december 2026 om 17:00', 'Tuesday 15 December 2026 at 17:00'],
  ['2026-07-01T15:00:00.000Z', 'woensdag 1 juli 2026 om 17:00', 'Wednesday 1 July 2026 at 17:00'],
  ['2026-03-29T00:59:00.000Z', 'zondag 29 maart 2026 om 01:59', 'Sunday 29 March 2026 at 01:59'],
  ['2026-03-29T01:00:00.000Z', 'zondag 29 maart 2026 om 03:00', 'Sunday 29 March 2026 at 03:00'],
  ['2026-10-25T00:30:00.000Z', 'zondag 25 oktober 2026 om 02:30', 'Sunday 25 October 2026 at 02:30'],
  ['2026-10-25T01:30:00.000Z', 'zondag 25 oktober 2026 om 02:30', 'Sunday 25 October 2026 at 02:30'],
  ['2026-12-31T23:00:00.000Z', 'vrijdag 1 januari 2027 om 00:00', 'Friday 1 January 2027 at 00:00'],
  ['2026-05-04T07:05:00.000Z', 'maandag 4 mei 2026 om 09:05', 'Monday 4 May 2026 at 09:05'],
];

const ADD_DAYS: readonly (readonly [string, string, number, string])[] = [
  ['a week across the March change keeps 17:00', '2026-03-24T16:00:00.000Z', 7, '2026-03-31T15:00:00.000Z'],
  ['a week across the October change keeps 17:00', '2026-10-20T15:00:00.000Z', 7, '2026-10-27T16:00:00.000Z'],
  ['a week back across the October change', '2026-10-27T16:00:00.000Z', -7, '2026-10-20T15:00:00.000Z'],
  ['a day onto the March change day', '2026-03-28T16:00:00.000Z', 1, '2026-03-29T15:00:00.000Z'],
  ['a day onto the October change day', '2026-10-24T15:00:00.000Z', 1, '2026-10-25T16:00:00.000Z'],
  ['seconds and milliseconds carry over', '2026-03-28T16:00:30.500Z', 1, '2026-03-29T15:00:30.500Z'],
  ['into the spring gap moves forward an hour (03:30)', '2026-03-22T01:30:00.000Z', 7, '2026-03-29T01:30:00.000Z'],
  ['into the autumn overlap takes the first 02:30', '2026-10-18T00:30:00.000Z', 7, '2026-10-25T00:30:00.000Z'],
  ['over the year end', '2026-12-29T16:00:00.000Z', 7, '2027-01-05T16:00:00.000Z'],
  ['zero days', '2026-06-10T15:00:00.000Z', 0, '2026-06-10T15:00:00.000Z'],
];

describe('amsterdamToUtc', () => {
  for (const [name, [year, month, day], [hour, minute], expected] of TO_UTC) {
    it(`${name}: ${year}-${month}-${day} ${hour}:${minute}`, () => {
      assert.deepEqual(show(amsterdamToUtc({ year, month, day }, { hour, minute })), expected);
    });
  }
});

describe('amsterdamParts', () => {
  it('reads both occurrences of 02:30 on 25 October 2026 as the same wall time', () => {
    const first = amsterdamParts(new Date('2026-10-25T00:30:00Z'));
    const second = amsterdamParts(new Date('2026-10-25T01:30:45Z'));
    assert.deepEqual(first, { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0, weekday: 7 });
    assert.deepEqual(second, { ...first, second: 45 });
  });

  it('gives the Amsterdam date, not the UTC date, around midnight', () => {
    assert.deepEqual(amsterdamParts(new Date('2026-06-14T22:30:00Z')), {
      year: 2026, month: 6, day: 15, hour: 0, minute: 30, second: 0, weekday: 1,
    });
  });
});

describe('formatAmsterdam', () => {
  for (const [iso, nl, en] of FORMAT) {
    it(`formats ${iso}`, () => {
      assert.equal(formatAmsterdam(new Date(iso), 'nl'), nl);
      assert.equal(formatAmsterdam(new Date(iso), 'en'), en);
    });
  }
});

describe('addAmsterdamDays', () => {
  for (const [name, from, days, expected] of ADD_DAYS) {
    it(name, () => {
      assert.equal(addAmsterdamDays(new Date(from), days).toISOString(), expected);
    });
  }
});

describe('machine time zone', () => {
  it('gives the same answers when the process runs in America/New_York', () => {
    const modulePath = path.join(__dirname, '../../src/kernel/amsterdam-time.ts');
    const script = `
      const m = require(${JSON.stringify(modulePath)});
      const input = JSON.parse(process.env.CASES);
      const show = (r) => (r.ok ? { iso: r.instant.toISOString(), ambiguous: r.ambiguous } : r.reason);
      console.log(JSON.stringify({
        offset: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(),
        toUtc: input.toUtc.map(([, [year, month, day], [hour, minute]]) => show(m.amsterdamToUtc({ year, month, day }, { hour, minute }))),
        format: input.format.map(([iso]) => [m.formatAmsterdam(new Date(iso), 'nl'), m.formatAmsterdam(new Date(iso), 'en')]),
        addDays: input.addDays.map(([, from, days]) => m.addAmsterdamDays(new Date(from), days).toISOString()),
      }));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
      env: { ...process.env, TZ: 'America/New_York', CASES: JSON.stringify({ toUtc: TO_UTC, format: FORMAT, addDays: ADD_DAYS }) },
      encoding: 'utf8',
    });
    const child = JSON.parse(output) as { offset: number; toUtc: Shown[]; format: string[][]; addDays: string[] };
    assert.equal(child.offset, 300, 'the child really runs in New York time');
    assert.deepEqual(child.toUtc, TO_UTC.map(([, , , expected]) => expected));
    assert.deepEqual(child.format, FORMAT.map(([, nl, en]) => [nl, en]));
    assert.deepEqual(child.addDays, ADD_DAYS.map(([, , , expected]) => expected));
  });
});
