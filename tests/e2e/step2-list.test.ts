import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cardText, Scene } from '../harness/scene';

/** S2.3 over real HTTP: the full typed list of all participants, with counts and the risk matrix. */
describe('step 2: the typed list (lijst)', () => {
  const clock = { now: new Date('2027-01-11T09:00:00Z') };
  let scene: Scene;
  let projectId = '';
  const enter = (who: keyof Scene['users'], description: string, priority: string, likelihood: string, consequences: string) =>
    scene.execute(scene.users[who], 'problem.save', { projectId, description, priority, likelihood, consequences });

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
    const { police, housing, youth, shops } = scene.users;
    await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
    await scene.saveProfile();
    await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [police, housing, youth, shops] });
    for (const [who, org] of [['leader', 'Gemeente Havenstad'], ['police', 'Politie'], ['housing', 'Woonstede'], ['youth', 'Jongerenwerk'], ['shops', 'Winkeliersvereniging']] as const) {
      await scene.say(scene.users[who], `organisatie ${org}`);
    }
    projectId = (await scene.project()).id;
  });
  after(async () => {
    await scene?.stop();
  });

  it('has no list before step 2 is open', async () => {
    const answer = await scene.say(scene.users.police, 'lijst');
    assert.equal(answer.texts[0], 'Stap 2 is nog niet geopend: er is nog geen lijst.');
  });

  it('lists every problem with its typing and organisation, ordered by the documented rule, with counts and matrix', async () => {
    await scene.say(scene.users.leader, 'open stap 2 tot 25-01-2027 17:00');
    await enter('shops', 'Winkeldiefstal door groepjes', 'midden', 'hoog', 'objecten');
    await enter('police', 'Drugshandel bij de fietsenstalling', 'hoog', 'hoog', 'beide');
    await enter('housing', 'Vervuiling in de portieken', 'laag', 'midden', 'objecten');
    await enter('youth', 'Jongeren zonder plek om te zijn', 'hoog', 'midden', 'personen');
    await enter('police', 'Intimidatie van reizigers', 'hoog', 'hoog', 'personen');
    const answer = await scene.say(scene.users.youth, 'lijst');
    assert.equal(answer.cards.length, 2, 'summary and one page');
    const summary = cardText(answer.cards[0] ?? {});
    assert.match(summary, /Getypeerde problemen: Overlast Stationsplein \| 5 problemen van 4 organisaties/);
    assert.match(summary, /Prioriteit \| Hoog 3 · Midden 1 · Laag 1/);
    assert.match(summary, /Risicokans \\ prioriteit \| Hoog \| Midden \| Laag \| Hoog \| 2 \| 1 \| 0 \| Midden \| 1 \| 0 \| 1 \| Laag \| 0 \| 0 \| 0/);
    const page = cardText(answer.cards[1] ?? {});
    const order = [...page.matchAll(/\d+\. ([^|]+?) \|/g)].map((m) => m[1]);
    assert.deepEqual(order, [
      'Drugshandel bij de fietsenstalling',
      'Intimidatie van reizigers',
      'Jongeren zonder plek om te zijn',
      'Winkeldiefstal door groepjes',
      'Vervuiling in de portieken',
    ]);
    assert.match(page, /Drugshandel bij de fietsenstalling \| Prioriteit hoog · risicokans hoog · gevolgen voor beide · Politie/);
  });

  it('keeps the list from outsiders', async () => {
    const answer = await scene.say(scene.users.outsider, 'lijst');
    assert.match(answer.texts[0] ?? '', /Vraag projectleider Marieke de Vries/);
  });

  it('posts a list longer than three messages through the outbox, in order, each card within 40 KB', async () => {
    for (let i = 0; i < 150; i++) {
      await enter(i % 2 === 0 ? 'police' : 'housing', `Melding ${String(i).padStart(3, '0')}: ${'geluidsoverlast in de nacht '.repeat(12)}`.trim(), 'laag', 'laag', 'objecten');
    }
    const answer = await scene.say(scene.users.leader, 'lijst');
    assert.match(cardText(answer.cards[0] ?? {}), /155 problemen van 4 organisaties/);
    const announced = /De volledige lijst komt in (\d+) berichten in het kanaal/.exec(answer.texts.join(' '));
    assert.ok(announced, answer.texts.join(' '));
    const pages = Number(announced[1]);
    assert.ok(pages >= 3);
    const before = scene.harness.connector.activities().length;
    await scene.harness.bot.outbox.drain();
    await scene.harness.connector.waitFor(() => true, 20_000, before + pages);
    const posted = scene.harness.connector.activities().slice(before);
    const titles = posted.map((a) => /Problemen (\d+)–(\d+) van 155/.exec(JSON.stringify(a.attachments))?.slice(1, 3).join('-'));
    assert.equal(titles[0]?.split('-')[0], '1');
    assert.equal(titles.at(-1)?.split('-')[1], '155');
    for (const a of posted) assert.ok(Buffer.byteLength(JSON.stringify(a)) <= 40 * 1024);
    scene.assertAllCardsValid();
  });
});
