import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  DEADLINE_EXAMPLES_EN,
  DEADLINE_EXAMPLES_NL,
  parseDeadlineInput,
  type DeadlineInputError,
} from '../../src/kernel/deadline-input';

type Shown = { iso: string; ambiguous: boolean } | DeadlineInputError;
type Case = readonly [name: string, input: string, now: string, expected: Shown];

const at = (iso: string, ambiguous = false): Shown => ({ iso, ambiguous });
const parse = (input: string, now: string): Shown => {
  const r = parseDeadlineInput(input, new Date(now));
  return r.ok ? { iso: r.value.instant.toISOString(), ambiguous: r.value.ambiguous } : r.error;
};

// Wednesday 10 June 2026, 12:00 in Amsterdam (summer time).
const JUNE = '2026-06-10T10:00:00.000Z';
// Friday 27 March 2026, 12:00 in Amsterdam (winter time, two days before the change).
const MARCH = '2026-03-27T11:00:00.000Z';
const JAN = '2026-01-10T11:00:00.000Z';

const CASES: readonly Case[] = [
  // Formats; without a time the deadline is 23:59 local.
  ['date only', '15-12-2026', JUNE, at('2026-12-15T22:59:00.000Z')],
  ['date and time', '15-12-2026 17:00', JUNE, at('2026-12-15T16:00:00.000Z')],
  ['time with a dot', '15-12-2026 17.00', JUNE, at('2026-12-15T16:00:00.000Z')],
  ['slashes, one-digit hour', '15/12/2026 9:30', JUNE, at('2026-12-15T08:30:00.000Z')],
  ['ISO date', '2026-12-15 17:00', JUNE, at('2026-12-15T16:00:00.000Z')],
  ['month name', '15 december 2026 17:00', JUNE, at('2026-12-15T16:00:00.000Z')],
  ['short month, no year', '15 dec 17:00', JUNE, at('2026-12-15T16:00:00.000Z')],
  ['month name, no year, no time', '15 december', JUNE, at('2026-12-15T22:59:00.000Z')],
  ['om … uur', '15 december om 17:00 uur', JUNE, at('2026-12-15T16:00:00.000Z')],
  ['whole hour with uur', '15 december om 17 uur', JUNE, at('2026-12-15T16:00:00.000Z')],
  ['English with at', '15 December 2026 at 17:00', JUNE, at('2026-12-15T16:00:00.000Z')],
  ['capitals and extra spaces', '  15   DECEMBER   2026   OM   17:00  UUR ', JUNE, at('2026-12-15T16:00:00.000Z')],
  ['day and month, no year', '15-12 17:00', JUNE, at('2026-12-15T16:00:00.000Z')],
  ['as the bot writes it', 'dinsdag 15 december 2026 om 17:00', JUNE, at('2026-12-15T16:00:00.000Z')],
  ['as the bot writes it in English', 'Tuesday 15 December 2026 at 17:00', JUNE, at('2026-12-15T16:00:00.000Z')],
  ['midnight', '16-12-2026 0:00', JUNE, at('2026-12-15T23:00:00.000Z')],
  ['summer date', '1-7-2026 17:00', JUNE, at('2026-07-01T15:00:00.000Z')],
  // Relative days and weekdays (now: Wednesday 12:00).
  ['morgen', 'morgen 17:00', JUNE, at('2026-06-11T15:00:00.000Z')],
  ['tomorrow', 'tomorrow at 17:00', JUNE, at('2026-06-11T15:00:00.000Z')],
  ['overmorgen', 'overmorgen', JUNE, at('2026-06-12T21:59:00.000Z')],
  ['vandaag, still ahead', 'vandaag 17:00', JUNE, at('2026-06-10T15:00:00.000Z')],
  ['vandaag, already past', 'vandaag 11:00', JUNE, 'inPast'],
  ['vrijdag', 'vrijdag 17:00', JUNE, at('2026-06-12T15:00:00.000Z')],
  ['friday', 'friday 17:00', JUNE, at('2026-06-12T15:00:00.000Z')],
  ['today is that weekday, time ahead', 'woensdag 17:00', JUNE, at('2026-06-10T15:00:00.000Z')],
  ['today is that weekday, time past', 'woensdag 11:00', JUNE, at('2026-06-17T09:00:00.000Z')],
  ['today is that weekday, time equals now', 'wednesday 12:00', JUNE, at('2026-06-17T10:00:00.000Z')],
  ['today is that weekday, no time', 'woensdag', JUNE, at('2026-06-10T21:59:00.000Z')],
  ['weekday earlier in the week', 'dinsdag', JUNE, at('2026-06-16T21:59:00.000Z')],
  ['weekday after the March change', 'maandag 17:00', MARCH, at('2026-03-30T15:00:00.000Z')],
  ['morgen onto the March change day', 'morgen 17:00', '2026-03-28T11:00:00.000Z', at('2026-03-29T15:00:00.000Z')],
  // DST changes.
  ['before the spring gap', '29-03-2026 01:59', JAN, at('2026-03-29T00:59:00.000Z')],
  ['inside the spring gap', '29-03-2026 02:30', JAN, 'nonexistentTime'],
  ['weekday into the spring gap', 'zondag 02:30', MARCH, 'nonexistentTime'],
  ['after the spring gap', '29-03-2026 03:00', JAN, at('2026-03-29T01:00:00.000Z')],
  ['before the autumn overlap', '25-10-2026 01:59', JAN, at('2026-10-24T23:59:00.000Z')],
  ['inside the autumn overlap: first occurrence', '25-10-2026 02:30', JAN, at('2026-10-25T00:30:00.000Z', true)],
  ['after the autumn overlap', '25-10-2026 03:00', JAN, at('2026-10-25T02:00:00.000Z')],
  // No year: the next occurrence that is not past.
  ['year rollover', '5 januari', '2026-12-20T11:00:00.000Z', at('2027-01-05T22:59:00.000Z')],
  ['year rollover with time', '5 januari 17:00', '2026-12-20T11:00:00.000Z', at('2027-01-05T16:00:00.000Z')],
  ['the same day, still open', '15 december', '2026-12-15T11:00:00.000Z', at('2026-12-15T22:59:00.000Z')],
  ['the same day at 23:59', '15 december', '2026-12-15T22:59:00.000Z', at('2027-12-15T22:59:00.000Z')],
  ['the same day after 23:59', '15 december', '2026-12-15T22:59:30.000Z', at('2027-12-15T22:59:00.000Z')],
  ['the same day, time past', '15 december 17:00', '2026-12-15T17:00:00.000Z', at('2027-12-15T16:00:00.000Z')],
  ['29 February without a year', '29 februari', JUNE, at('2028-02-29T22:59:00.000Z')],
  // Boundaries.
  ['deadline equal to now', '15-12-2026 17:00', '2026-12-15T16:00:00.000Z', 'inPast'],
  ['one minute after now', '15-12-2026 17:01', '2026-12-15T16:00:00.000Z', at('2026-12-15T16:01:00.000Z')],
  ['long past', '01-01-2020', JUNE, 'inPast'],
  ['past and in a spring gap', '29-03-2026 02:30', JUNE, 'inPast'],
  ['exactly five years ahead', '10-06-2031 12:00', JUNE, at('2031-06-10T10:00:00.000Z')],
  ['just over five years ahead', '10-06-2031 12:01', JUNE, 'tooFar'],
  ['far future', '15-12-2099', JUNE, 'tooFar'],
];

const UNREADABLE = [
  '', '   ', 'gisteren', 'volgende week', '17:00', 'om 17:00', 'uur',
  '15-12-2026 24:00', '15-12-2026 17:60', '15-12-2026 7:5', '15-12-2026 17', '15 december 2026 17',
  '31-02-2026', '15 decembre', '15-12-26', '32 december', '13/13',
  'woensdag 15 december 2026', 'donderdag morgen 17:00', 'vrijdag vrijdag',
];

describe('parseDeadlineInput', () => {
  for (const [name, input, now, expected] of CASES) {
    it(`${name}: ${JSON.stringify(input)}`, () => {
      assert.deepEqual(parse(input, now), expected);
    });
  }

  for (const input of UNREADABLE) {
    it(`cannot read ${JSON.stringify(input)}`, () => {
      assert.equal(parse(input, JUNE), 'unreadable');
    });
  }

  it('accepts every example shown in error messages', () => {
    for (const example of [...DEADLINE_EXAMPLES_NL, ...DEADLINE_EXAMPLES_EN]) {
      assert.equal(typeof parse(example, JUNE), 'object', example);
    }
  });
});

describe('parseDeadlineInput and the machine time zone', () => {
  it('gives the same answers when the process runs in America/New_York', () => {
    const modulePath = path.join(__dirname, '../../src/kernel/deadline-input.ts');
    const script = `
      const m = require(${JSON.stringify(modulePath)});
      const results = JSON.parse(process.env.CASES).map(([, input, now]) => {
        const r = m.parseDeadlineInput(input, new Date(now));
        return r.ok ? { iso: r.value.instant.toISOString(), ambiguous: r.value.ambiguous } : r.error;
      });
      console.log(JSON.stringify({ offset: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(), results }));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
      env: { ...process.env, TZ: 'America/New_York', CASES: JSON.stringify(CASES) },
      encoding: 'utf8',
    });
    const child = JSON.parse(output) as { offset: number; results: Shown[] };
    assert.equal(child.offset, 300, 'the child really runs in New York time');
    assert.deepEqual(child.results, CASES.map(([, , , expected]) => expected));
  });
});
