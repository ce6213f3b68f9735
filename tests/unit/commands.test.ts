import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanCommandText } from '../../src/kernel/text';
import { splitLinkAndTitle } from '../../src/project/routes/document-routes';
import { parseCommand } from '../harness/parse-command';

describe('parseCommand: every command and alias', () => {
  const plain: readonly (readonly [string, string])[] = [
    ['deelnemers toevoegen', 'addParticipant'],
    ['deelnemer toevoegen', 'addParticipant'],
    ['add participants', 'addParticipant'],
    ['add participant', 'addParticipant'],
    ['deelnemer verwijderen', 'removeParticipant'],
    ['remove participant', 'removeParticipant'],
    ['deelnemers', 'participants'],
    ['participants', 'participants'],
    ['projectprofiel', 'profile'],
    ['profiel', 'profile'],
    ['profile', 'profile'],
    ['documenten', 'documents'],
    ['documents', 'documents'],
    ['help', 'help'],
    ['hulp', 'help'],
    ['?', 'help'],
  ];
  for (const [text, name] of plain) {
    it(`${JSON.stringify(text)} → ${name}, in any case and spacing`, () => {
      assert.deepEqual(parseCommand(text), { name });
      assert.deepEqual(parseCommand(text.toUpperCase()), { name });
      assert.deepEqual(parseCommand(`   ${text.replace(' ', '   ')}  `), { name });
      assert.deepEqual(parseCommand(`<at>Veiligheidsplanner</at> ${text}`), { name });
      assert.deepEqual(parseCommand(`${text.replace(' ', '&nbsp;')}&nbsp;`), { name });
    });
  }

  for (const phrase of ['nieuw project', 'new project', 'Nieuw Project', 'NEW PROJECT']) {
    it(`${JSON.stringify(phrase)} → newProject, keeping the name and its case`, () => {
      assert.deepEqual(parseCommand(`${phrase} Overlast Stationsplein`), { name: 'newProject', projectName: 'Overlast Stationsplein' });
      assert.deepEqual(parseCommand(phrase), { name: 'newProject', projectName: '' });
    });
  }

  for (const phrase of ['organisatie', 'organisation', 'organization', 'ORGANISATIE']) {
    it(`${JSON.stringify(phrase)} → organisation with the rest as typed`, () => {
      assert.deepEqual(parseCommand(`${phrase}   Politie  Eenheid Noord-Holland `), { name: 'organisation', organisation: 'Politie Eenheid Noord-Holland' });
      assert.deepEqual(parseCommand(phrase), { name: 'organisation', organisation: '' });
    });
  }

  it('"document" → document with its argument, not documents', () => {
    assert.deepEqual(parseCommand('Document https://example.org/a Verslag Buurtschouw'), {
      name: 'document',
      argument: 'https://example.org/a Verslag Buurtschouw',
    });
    assert.deepEqual(parseCommand('document'), { name: 'document', argument: '' });
  });
});

describe('parseCommand: text around the command', () => {
  it('strips other people\'s mentions, so they do not end up in the text', () => {
    assert.deepEqual(parseCommand('deelnemer toevoegen <at>Jan de Vries</at> <at>Els</at>'), { name: 'addParticipant' });
    assert.deepEqual(parseCommand('<at>Veiligheidsplanner</at>&nbsp;nieuw project <b>Jeugdoverlast</b> Noord'), {
      name: 'newProject',
      projectName: 'Jeugdoverlast Noord',
    });
  });

  it('does not mistake "deelnemer toevoegen" or "deelnemer verwijderen" for "deelnemers"', () => {
    assert.equal(parseCommand('deelnemer toevoegen @Jan').name, 'addParticipant');
    assert.equal(parseCommand('deelnemer verwijderen @Jan').name, 'removeParticipant');
    assert.equal(parseCommand('deelnemers').name, 'participants');
  });

  it('needs the whole word: "documentatie" and "profielen" are unknown', () => {
    assert.deepEqual(parseCommand('documentatie'), { name: 'unknown', text: 'documentatie' });
    assert.deepEqual(parseCommand('profielen'), { name: 'unknown', text: 'profielen' });
  });

  it('treats empty text and only mentions or spaces as help', () => {
    for (const text of ['', '   ', '<at>Veiligheidsplanner</at>', '&nbsp; \n']) assert.deepEqual(parseCommand(text), { name: 'help' });
  });

  it('gives gibberish back as unknown, cleaned', () => {
    assert.deepEqual(parseCommand('  blub   blab  '), { name: 'unknown', text: 'blub blab' });
    assert.deepEqual(parseCommand('maak koffie'), { name: 'unknown', text: 'maak koffie' });
  });

  it('cleanCommandText decodes &amp; and folds whitespace', () => {
    assert.equal(cleanCommandText('<p>Politie&nbsp;&amp;&nbsp;Justitie</p>\n'), 'Politie & Justitie');
  });
});

describe('splitLinkAndTitle', () => {
  it('reads link first, title after', () => {
    assert.deepEqual(splitLinkAndTitle('https://example.org/verslag.pdf Verslag buurtschouw'), {
      url: 'https://example.org/verslag.pdf',
      title: 'Verslag buurtschouw',
    });
  });

  it('reads title first, link after', () => {
    assert.deepEqual(splitLinkAndTitle('Verslag  buurtschouw https://example.org/v?x=1&y=2'), {
      url: 'https://example.org/v?x=1&y=2',
      title: 'Verslag buurtschouw',
    });
  });

  it('reads a link in the middle of the title', () => {
    assert.deepEqual(splitLinkAndTitle('Verslag https://example.org/a buurtschouw'), { url: 'https://example.org/a', title: 'Verslag buurtschouw' });
  });

  it('removes the quotes around a quoted title', () => {
    assert.deepEqual(splitLinkAndTitle('https://example.org/a "Verslag buurtschouw"'), { url: 'https://example.org/a', title: 'Verslag buurtschouw' });
    assert.deepEqual(splitLinkAndTitle('“Verslag buurtschouw” https://example.org/a'), { url: 'https://example.org/a', title: 'Verslag buurtschouw' });
  });

  it('gives an empty title for a bare link', () => {
    assert.deepEqual(splitLinkAndTitle('https://example.org/a'), { url: 'https://example.org/a', title: '' });
  });

  it('gives nothing without a link', () => {
    assert.equal(splitLinkAndTitle('Verslag buurtschouw'), undefined);
    assert.equal(splitLinkAndTitle('www.example.org Verslag'), undefined);
    assert.equal(splitLinkAndTitle(''), undefined);
  });
});
