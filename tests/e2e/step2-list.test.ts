import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actionsOf, cardText, Scene } from '../harness/scene';
import type { Problem } from '../../src/steps/2-problems/domain/problem';

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
  /** The outbox keeps to Teams' rate limits on the bot's clock: move it past the windows, and drain until nothing waits. */
  const drainAll = async (): Promise<void> => {
    for (let round = 0; round < 20; round++) {
      clock.now = new Date(clock.now.getTime() + 31_000);
      if ((await scene.harness.bot.outbox.drain()).waiting === 0) return;
    }
    assert.fail('the outbox did not empty');
  };

  it('has no list before step 2 is open', async () => {
    const answer = await scene.say(scene.users.police, 'lijst');
    assert.equal(answer.texts[0], 'Stap 2 is nog niet geopend: er is nog geen lijst.');
  });

  it('while input is open shows everyone only the counts per typing, not other people’s texts', async () => {
    await scene.say(scene.users.leader, 'open stap 2 tot 25-01-2027 17:00');
    await enter('shops', 'Winkeldiefstal door groepjes', 'midden', 'hoog', 'objecten');
    await enter('police', 'Drugshandel bij de fietsenstalling', 'hoog', 'hoog', 'beide');
    await enter('housing', 'Vervuiling in de portieken', 'laag', 'midden', 'objecten');
    await enter('youth', 'Jongeren zonder plek om te zijn', 'hoog', 'midden', 'personen');
    await enter('police', 'Intimidatie van reizigers', 'hoog', 'hoog', 'personen');
    for (const who of ['youth', 'leader'] as const) {
      const answer = await scene.say(scene.users[who], 'lijst');
      assert.equal(answer.cards.length, 1, `${who}: the counts only`);
      const counts = cardText(answer.cards[0] ?? {});
      assert.match(counts, /Getypeerde problemen: Overlast Stationsplein \| 5 problemen van 4 organisaties/);
      assert.match(counts, /Tot de invoer sluit \(maandag 25 januari 2027 om 17:00\) ziet iedereen alleen hoeveel problemen er per typering zijn, niet wat anderen invoerden/);
      assert.match(counts, /Prioriteit \| Hoog 3 · Midden 1 · Laag 1/);
      assert.doesNotMatch(counts, /Drugshandel|Winkeldiefstal|Politie/, 'no texts, no organisations');
    }
  });

  it('lets the leader look at everything on a card only they see; nobody else', async () => {
    const counts = (await scene.say(scene.users.leader, 'lijst')).cards[0] ?? {};
    const peek = actionsOf(counts).find((a) => a.verb === 'problem.list');
    assert.equal(peek?.title, 'Alle problemen bekijken (alleen voor jou)');
    const own = await scene.execute(scene.users.leader, 'problem.list', { ...peek?.data });
    assert.match(cardText(own.invokeCard ?? {}), /^Problemen 1–5 van 5 \| 2\. Drugshandel bij de fietsenstalling/);
    assert.deepEqual(own.texts, [], 'nothing in the channel');
    const refused = await scene.execute(scene.users.police, 'problem.list', { projectId, page: 0 });
    assert.equal(refused.invokeText, 'Tot de invoer sluit ziet alleen de projectleider de problemen van anderen. Je eigen problemen zie je met Mijn problemen.');
    assert.equal(actionsOf((await scene.say(scene.users.police, 'lijst')).cards[0] ?? {}).length, 0, 'no button for a participant');
  });

  it('keeps every problem’s number when a change of priority reorders the list', async () => {
    const entries = await scene.harness.bot.store.listEntries<Problem>(projectId, { kind: 'problem' });
    assert.deepEqual(entries.map((e) => [e.doc.number, e.doc.description]).sort((a, b) => Number(a[0]) - Number(b[0])), [
      [1, 'Winkeldiefstal door groepjes'], [2, 'Drugshandel bij de fietsenstalling'], [3, 'Vervuiling in de portieken'], [4, 'Jongeren zonder plek om te zijn'], [5, 'Intimidatie van reizigers'],
    ], 'numbered in the order they were entered');
    const drugs = entries.find((e) => e.doc.number === 2)?.doc;
    const changed = await scene.execute(scene.users.police, 'problem.save', {
      projectId, problemId: drugs?.id, description: drugs?.description, priority: 'laag', likelihood: 'hoog', consequences: 'beide',
    });
    assert.match(cardText(changed.invokeCard ?? {}), /Je probleem is gewijzigd/);
  });

  it('posts the full list when input closes, each problem with its own number, ordered by the documented rule', async () => {
    const closed = await scene.say(scene.users.leader, 'sluit stap 2');
    assert.equal(closed.texts[0], 'De invoer voor stap 2 is gesloten.');
    assert.equal(closed.cards.length, 2, 'summary and one page, for everyone');
    const summary = cardText(closed.cards[0] ?? {});
    assert.match(summary, /Getypeerde problemen: Overlast Stationsplein \| 5 problemen van 4 organisaties/);
    assert.doesNotMatch(summary, /Tot de invoer sluit/);
    assert.match(summary, /Prioriteit \| Hoog 2 · Midden 1 · Laag 2/);
    assert.match(summary, /Risicokans \\ prioriteit \| Hoog \| Midden \| Laag \| Hoog \| 1 \| 1 \| 1 \| Midden \| 1 \| 0 \| 1 \| Laag \| 0 \| 0 \| 0/);
    const page = cardText(closed.cards[1] ?? {});
    const order = [...page.matchAll(/(\d+)\. ([^|]+?) \|/g)].map((m) => `${m[1]}. ${m[2]}`);
    assert.deepEqual(order, [
      '5. Intimidatie van reizigers',
      '4. Jongeren zonder plek om te zijn',
      '1. Winkeldiefstal door groepjes',
      '2. Drugshandel bij de fietsenstalling',
      '3. Vervuiling in de portieken',
    ]);
    assert.match(page, /Drugshandel bij de fietsenstalling \| Prioriteit laag · risicokans hoog · gevolgen voor beide · Politie/);
    const typed = await scene.say(scene.users.youth, 'lijst');
    assert.deepEqual(typed.cards.map(cardText), closed.cards.map(cardText), '`lijst` shows the same, to everyone, now');
  });

  it('keeps the list from outsiders', async () => {
    const answer = await scene.say(scene.users.outsider, 'lijst');
    assert.match(answer.texts[0] ?? '', /Vraag projectleider Marieke de Vries/);
  });

  it('posts a list longer than three messages through the outbox, in order, each card within 40 KB', async () => {
    await scene.say(scene.users.leader, 'heropen stap 2 tot 25-01-2027 17:00 omdat er meldingen bij komen');
    for (let i = 0; i < 150; i++) {
      await enter(i % 2 === 0 ? 'police' : 'housing', `Melding ${String(i).padStart(3, '0')}: ${'geluidsoverlast in de nacht '.repeat(12)}`.trim(), 'laag', 'laag', 'objecten');
    }
    const closed = await scene.say(scene.users.leader, 'sluit stap 2');
    assert.deepEqual(closed.texts, ['De invoer voor stap 2 is gesloten.'], 'the full list follows through the outbox');
    await drainAll();
    const answer = await scene.say(scene.users.leader, 'lijst');
    assert.match(cardText(answer.cards[0] ?? {}), /155 problemen van 4 organisaties/);
    const announced = /De volledige lijst komt in (\d+) berichten in het kanaal/.exec(answer.texts.join(' '));
    assert.ok(announced, answer.texts.join(' '));
    const pages = Number(announced[1]);
    assert.ok(pages >= 3);
    const before = scene.harness.connector.activities().length;
    await drainAll();
    assert.equal(scene.harness.connector.activities().length, before + pages);
    const posted = scene.harness.connector.activities().slice(before);
    const titles = posted.map((a) => /Problemen (\d+)–(\d+) van 155/.exec(JSON.stringify(a.attachments))?.slice(1, 3).join('-'));
    assert.equal(titles[0]?.split('-')[0], '1');
    assert.equal(titles.at(-1)?.split('-')[1], '155');
    for (const a of posted) assert.ok(Buffer.byteLength(JSON.stringify(a)) <= 40 * 1024);
    scene.assertAllCardsValid();
  });

  it('posts the list when the meeting starts only if it changed since it was last posted (a meeting started early gets it)', async () => {
    const channelCards = async (act: () => Promise<unknown>): Promise<string[]> => {
      const before = scene.harness.connector.activities().length;
      await act();
      await drainAll();
      return scene.harness.connector.activities().slice(before).filter((a) => a.conversationId === scene.harness.teams.context.channel.id)
        .flatMap((a) => (a.attachments ?? []).map((c) => cardText(c.content as Record<string, unknown>)));
    };
    const first = await channelCards(() => scene.say(scene.users.leader, 'start overleg 2'));
    assert.equal(first.filter((c) => /^Getypeerde problemen/.test(c)).length, 0, 'posted when input closed, unchanged since');
    await scene.say(scene.users.leader, 'heropen stap 2 tot 25-01-2027 17:00 omdat de politie nog een melding heeft');
    await enter('police', 'Fietsendiefstal bij de ingang', 'hoog', 'hoog', 'objecten');
    // Started straight from input (earlier than planned, no list before): the list comes with the agenda.
    const again = await channelCards(() => scene.say(scene.users.leader, 'start overleg 2'));
    assert.match(again[0] ?? '', /^Overleg stap 2: Wat is het probleem\?/);
    assert.match(again[1] ?? '', /^Getypeerde problemen: Overlast Stationsplein \| 156 problemen van 4 organisaties/);
    assert.ok(again.slice(2).every((c) => /^Problemen \d+–\d+ van 156/.test(c)) && again.length > 2);
  });
});
