import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProjectDocument } from '../../src/project/domain/project-documents';
import { messageActivity } from '../harness/teams-activities';
import { cardText, Scene } from '../harness/scene';

/** S1.2 over real HTTP: leader and participants add documents; every participant can open them. */
describe('step 1: documents (real HTTP, SQLite file)', () => {
  let scene: Scene;
  const storedDocuments = async (): Promise<ProjectDocument[]> => {
    const project = await scene.project();
    return (await scene.harness.bot.store.list<ProjectDocument>(project.id, 'document')).map((d) => d.doc);
  };

  before(async () => {
    scene = await Scene.start();
    await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
    await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police, scene.users.youth] });
    await scene.say(scene.users.police, 'organisatie Politie');
  });
  after(async () => {
    await scene?.stop();
  });

  it('says there are none yet, and how to add one', async () => {
    const answer = await scene.say(scene.users.police, 'documenten');
    assert.match(cardText(answer.cards[0] ?? {}), /Er zijn nog geen documenten/);
  });

  it('adds a link with a title, from the leader and from a participant, in either order', async () => {
    const byLeader = await scene.say(scene.users.leader, 'document https://havenstad.sharepoint.com/sites/veiligheid/Plan%20van%20aanpak.docx Plan van aanpak');
    assert.equal(byLeader.texts[0], 'Document toegevoegd: Plan van aanpak. Iedereen in het project ziet het met @Veiligheidsplanner documenten.');
    const byPolice = await scene.say(scene.users.police, 'document "Cijfers meldingen 2026" https://politie.example.nl/cijfers/stationsplein');
    assert.match(byPolice.texts[0] ?? '', /Document toegevoegd: Cijfers meldingen 2026\./);
    assert.equal((await storedDocuments()).length, 2);
  });

  it('adds a file attached to the message, with its name as title', async () => {
    const file = {
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      contentUrl: 'https://havenstad.sharepoint.com/sites/veiligheid/Shared%20Documents/Buurtschouw.pdf',
      name: 'Buurtschouw.pdf',
      content: { downloadUrl: 'https://havenstad.sharepoint.com/download/abc', uniqueId: 'abc', fileType: 'pdf' },
    };
    const answer = await scene.say(scene.users.youth, 'document', { attachments: [file] });
    assert.match(answer.texts[0] ?? '', /Document toegevoegd: Buurtschouw\.pdf\./);
    const stored = (await storedDocuments()).find((d) => d.title === 'Buurtschouw.pdf');
    assert.equal(stored?.source, 'file');
    assert.equal(stored?.url, file.contentUrl);
  });

  it('explains how to share a link when Teams did not pass on a file posted in the channel', async () => {
    const placeholder = { contentType: 'text/html', content: '<div><div>document</div><attachment id="5e3a1c"></attachment></div>' };
    const answer = await scene.say(scene.users.police, 'document', { attachments: [placeholder] });
    assert.match(answer.texts[0] ?? '', /Teams geeft bestanden die in een kanaal worden geplaatst niet door aan bots/);
    assert.equal((await storedDocuments()).length, 3);
  });

  it('stores a message that Teams delivers twice only once', async () => {
    const activity = messageActivity(scene.harness.teams.context, scene.users.police, 'document https://example.nl/verslag Verslag overleg', {});
    const first = await scene.harness.teams.post(activity);
    const retry = await scene.harness.teams.post(activity);
    assert.equal(first.status, 200);
    assert.equal(retry.status, 200);
    assert.equal((await storedDocuments()).filter((d) => d.title === 'Verslag overleg').length, 1);
  });

  it('refuses bad links and missing titles with a clear message, storing nothing', async () => {
    const noTitle = await scene.say(scene.users.police, 'document https://example.nl/iets');
    assert.match(noTitle.texts[0] ?? '', /Geef het document ook een titel/);
    const unsafe = await scene.say(scene.users.police, 'document javascript://alert(1) Kwaadaardig');
    assert.match(unsafe.texts[0] ?? '', /Dit is geen geldige link/);
    const nothing = await scene.say(scene.users.police, 'document');
    assert.match(nothing.texts[0] ?? '', /Stuur een bestand mee, of geef een link en een titel/);
    const longTitle = await scene.say(scene.users.police, `document https://example.nl/x ${'t'.repeat(201)}`);
    assert.match(longTitle.texts[0] ?? '', /De titel mag hoogstens 200 tekens hebben/);
    assert.equal((await storedDocuments()).length, 4);
  });

  it('lists every document with who added it and when, openable by every participant', async () => {
    const answer = await scene.say(scene.users.youth, 'documenten');
    const card = answer.cards[0] ?? {};
    const text = cardText(card);
    assert.match(text, /Documenten van de projectgroep/);
    assert.match(text, /\[Plan van aanpak\]\(https:\/\/havenstad\.sharepoint\.com\/.*\).*toegevoegd door Marieke de Vries op \d{1,2} \w+ \d{4} om \d{2}:\d{2}/);
    assert.match(text, /Cijfers meldingen 2026.*toegevoegd door Rachid El Amrani/);
    assert.match(text, /Buurtschouw\.pdf.*toegevoegd door Kevin Bakker/);
    const opens = JSON.stringify(card).match(/"type":"Action\.OpenUrl"/g) ?? [];
    assert.equal(opens.length, 4, 'each document opens with a click');
  });

  it('keeps documents from people outside the project', async () => {
    const answer = await scene.say(scene.users.outsider, 'documenten');
    assert.match(answer.texts[0] ?? '', /Vraag projectleider Marieke de Vries om je aan te melden/);
    const add = await scene.say(scene.users.outsider, 'document https://example.nl/spam Reclame');
    assert.match(add.texts[0] ?? '', /Vraag projectleider Marieke de Vries/);
    assert.equal((await storedDocuments()).length, 4);
    scene.assertAllCardsValid();
  });
});
