import assert from 'node:assert/strict';
import { shownText } from '../harness/shown-text';
import { after, before, describe, it } from 'node:test';
import type { AdaptiveCardJson } from '../harness/connector-double';
import { Scene } from '../harness/scene';

/**
 * The help as a card a civil servant can read: what fits the project's current step and the
 * caller's role first, everything else behind one button, and every `<…>` placeholder kept.
 */
describe('help: what fits now first, the rest behind a button (real HTTP)', () => {
  const clock = { now: new Date('2027-03-01T09:00:00Z') };
  let scene: Scene;
  type Fact = { title: string; value: string };
  /** The commands shown at once, and those behind the button (Action.ShowCard). */
  const help = async (who: keyof Scene['users']): Promise<{ intro: string; first: string[]; more: string[]; moreLabel: string; raw: string }> => {
    const card: AdaptiveCardJson = (await scene.say(scene.users[who], 'help')).cards[0] ?? {};
    const body = card.body as { type: string; text?: string; facts?: Fact[] }[];
    const actions = (card.actions ?? []) as { type: string; title: string; card: { body: { facts: Fact[] }[] } }[];
    const show = actions.find((a) => a.type === 'Action.ShowCard');
    return {
      intro: shownText(body[1]?.text ?? ''),
      first: (body.find((b) => b.type === 'FactSet')?.facts ?? []).map((f) => shownText(f.title)),
      more: (show?.card.body[0]?.facts ?? []).map((f) => shownText(f.title)),
      moreLabel: show?.title ?? '',
      // As Teams shows it: the renderer's Markdown escapes read back, the HTML entities kept.
      raw: JSON.stringify(card, (_key, value: unknown) => (typeof value === 'string' ? shownText(value) : value)),
    };
  };

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
    await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
    await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police] });
  });
  after(async () => {
    await scene?.stop();
  });

  it('at step 1 the leader sees setting the project up first; all other commands behind one button', async () => {
    const { intro, first, more, moreLabel } = await help('leader');
    assert.equal(intro, 'Je bent projectleider in dit project. Begin elke opdracht met @Veiligheidsplanner. Het project is bij stap 1 (Projectprofiel, open voor invoer); dit past nu:');
    assert.deepEqual(first, [
      'profiel', 'deelnemers', 'deelnemer toevoegen @naam', 'deelnemer verwijderen @naam', 'document &lt;link&gt; &lt;titel&gt;', 'documenten',
      'taal &lt;nederlands of engels&gt;', 'status', 'open stap N tot &lt;datum&gt; [tijd]', 'help',
    ]);
    assert.ok(more.includes('cluster [&lt;naam&gt;: 1, 4, 7]') && more.includes('oorzaak &lt;cluster&gt; -&gt; &lt;cluster&gt;'), more.join(' / '));
    assert.equal(moreLabel, `Alle andere opdrachten (${more.length})`);
    assert.ok(first.length <= 10 && first.length + more.length >= 30, `${first.length} + ${more.length}`);
  });

  it('keeps every placeholder, escaped so Teams shows it (no "open stap N tot [tijd]")', async () => {
    const { raw } = await help('leader');
    for (const placeholder of ['open stap N tot &lt;datum&gt; [tijd]', 'oorzaak &lt;cluster&gt; -&gt; &lt;cluster&gt;', 'criterium toevoegen &lt;naam&gt;: &lt;waarde&gt;, &lt;waarde&gt;']) {
      assert.ok(raw.includes(placeholder), placeholder);
    }
    assert.doesNotMatch(raw, /"[^"]*<[a-z][^"]*"/, 'no raw angle bracket left to be dropped');
  });

  it('follows the step: with step 2 open, its input and its deadline come first', async () => {
    await scene.saveProfile();
    await scene.say(scene.users.leader, 'open stap 2 tot 10-03-2027 17:00');
    const leader = await help('leader');
    assert.deepEqual(leader.first, [
      'status', 'verleng stap N tot &lt;datum&gt; [omdat …]', 'sluit stap N', 'overleg stap N op &lt;datum tijd&gt;', 'start overleg N', 'overleg N',
      'lijst', 'mijn problemen', 'criterium toevoegen &lt;naam&gt;: &lt;waarde&gt;, &lt;waarde&gt;', 'criterium verwijderen &lt;naam&gt;', 'help',
    ]);
    const participant = await help('police');
    assert.equal(participant.intro, 'Je bent deelnemer in dit project. Begin elke opdracht met @Veiligheidsplanner. Het project is bij stap 2 (Wat is het probleem?, open voor invoer); dit past nu:');
    assert.deepEqual(participant.first, ['status', 'overleg N', 'lijst', 'mijn problemen', 'help']);
    assert.ok(!participant.more.some((c) => /toevoegen @naam|sluit stap|stemronde/.test(c)), 'never the leader’s commands');
  });

  it('in the meeting, the meeting’s work comes first', async () => {
    await scene.say(scene.users.leader, 'start overleg 2');
    const leader = await help('leader');
    assert.deepEqual(leader.first, [
      'status', 'sluit overleg N [toch]', 'overleg N', 'lijst', 'cluster [&lt;naam&gt;: 1, 4, 7]', 'clusters', 'oorzaak &lt;cluster&gt; -&gt; &lt;cluster&gt;',
      'doei &lt;cluster&gt;', 'stemronde [aantal stemmen]', 'sluit stemronde', 'prioriteitenlijst [&lt;cluster&gt;, p&lt;nummer&gt;, …]', 'help',
    ]);
    assert.deepEqual((await help('police')).first, ['status', 'overleg N', 'lijst', 'clusters', 'prioriteitenlijst [&lt;cluster&gt;, p&lt;nummer&gt;, …]', 'help']);
    scene.assertAllCardsValid();
  });
});
