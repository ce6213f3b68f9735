import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogFor, formatDate } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { languageOfLocale, readLanguage } from '../../src/kernel/language';

/** Every leaf as `path: kind`, functions with their arity, arrays with their length. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function/${value.length}`];
  if (Array.isArray(value)) return [`${path}: array/${value.length}`, ...value.flatMap((v, i) => shape(v, `${path}[${i}]`))];
  if (value !== null && typeof value === 'object') {
    return Object.keys(value).sort().flatMap((key) => shape((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return [`${path}: ${typeof value}`];
}

describe('catalogs', () => {
  it('en and nl have exactly the same keys, kinds and function arities', () => {
    assert.deepEqual(shape(en), shape(nl));
  });

  it('the shape walk sees nested keys and arities (so the comparison means something)', () => {
    const leaves = shape(nl);
    assert.ok(leaves.includes('participants.pageTitle: function/3'));
    assert.ok(leaves.includes('help.intro: function/1'));
    assert.ok(leaves.includes('profile.errors.required: string'));
    assert.ok(leaves.length > 80, `only ${leaves.length} leaves`);
    assert.notDeepEqual(shape({ a: (x: number) => x }), shape({ a: (x: number, y: number) => x + y }));
  });

  it('no text is empty and the languages really differ', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    for (const catalog of [en, nl]) {
      const all = strings(catalog);
      assert.ok(all.length > 60);
      assert.deepEqual(all.filter((text) => text.trim() === ''), []);
    }
    assert.notEqual(en.profile.title, nl.profile.title);
    assert.equal(nl.locale, 'nl');
    assert.equal(en.locale, 'en');
  });

  it('functions in both languages put their arguments in the text', () => {
    for (const catalog of [en, nl]) {
      assert.match(catalog.participants.pageTitle(41, 80, 300), /41.*80.*300/);
      assert.match(catalog.profile.errors.tooLong(120), /120/);
      assert.match(catalog.access.notLeader('Fatima el Amrani'), /Fatima el Amrani/);
      assert.match(catalog.documents.addedBy('Jan', '15 december 2026'), /Jan.*15 december 2026/);
    }
  });
});

describe('catalogFor', () => {
  for (const locale of ['en-US', 'en-GB', 'en', 'EN-us']) {
    it(`${locale} is English`, () => {
      assert.equal(catalogFor(locale), en);
    });
  }
  for (const locale of ['nl-NL', 'nl-BE', undefined, '', 'de-DE', 'fr-FR']) {
    it(`${String(locale)} is Dutch`, () => {
      assert.equal(catalogFor(locale), nl);
    });
  }
});

describe('formatDate', () => {
  it('writes an ISO date the Dutch way', () => {
    assert.equal(formatDate(nl, '2026-12-15'), '15 december 2026');
    assert.equal(formatDate(nl, '2027-03-01'), '1 maart 2027');
  });

  it('writes an ISO date the English way', () => {
    assert.equal(formatDate(en, '2026-12-15'), '15 December 2026');
  });

  it('a date-only value never shifts a day, even with time asked', () => {
    assert.equal(formatDate(nl, '2026-12-31', true), '31 december 2026');
  });

  it('an instant is shown in Amsterdam time, with time when asked', () => {
    assert.equal(formatDate(nl, '2026-12-31T23:30:00Z'), '1 januari 2027');
    const withTime = formatDate(nl, '2026-06-30T22:30:00.000Z', true);
    assert.match(withTime, /^1 juli 2026.*00:30$/);
  });
});

describe('languages as people type them', () => {
  it('reads Dutch and English names of the two languages, and nothing else', () => {
    for (const typed of ['nederlands', 'Nederlands', ' dutch ', 'NL']) assert.equal(readLanguage(typed), 'nl', typed);
    for (const typed of ['engels', 'English', 'en']) assert.equal(readLanguage(typed), 'en', typed);
    for (const typed of ['', 'duits', 'project', 'fries']) assert.equal(readLanguage(typed), undefined, typed);
  });

  it('a Teams locale is a hint: English for en-*, Dutch for everything else', () => {
    assert.equal(languageOfLocale('en-US'), 'en');
    assert.equal(languageOfLocale('de-DE'), 'nl');
    assert.equal(languageOfLocale(undefined), 'nl');
  });
});
