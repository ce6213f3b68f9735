import assert from 'node:assert/strict';
import { cardNodes } from '../harness/card-nodes';
import { after, before, describe, it } from 'node:test';
import { actionsOf, Scene } from '../harness/scene';
import type { AdaptiveCardJson } from '../harness/connector-double';
import { shownText } from '../harness/shown-text';

const PHISH = '[Officieel verslag politie](https://phish.example/login)';

/** Every TextBlock text and fact of a card, as the renderer sent them. */
function shownTexts(card: AdaptiveCardJson): string[] {
  return cardNodes(card, ['data']).flatMap((n) => [
    ...(n.type === 'TextBlock' && typeof n.text === 'string' ? [n.text] : []),
    ...(Array.isArray(n.facts) ? (n.facts as { value?: unknown }[]).flatMap((f) => (typeof f.value === 'string' ? [f.value] : [])) : []),
  ]);
}

describe('user text on cards stays text (real HTTP)', () => {
  let scene: Scene;
  let projectId = '';

  before(async () => {
    scene = await Scene.start({ timers: false });
    const started = await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
    projectId = String(actionsOf(started.cards[0] ?? {})[0]?.data?.projectId);
    await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police] });
    await scene.execute(scene.users.leader, 'profile.save', { projectId, name: 'Overlast Stationsplein', description: `# Kop\n- punt\n${PHISH}` });
    await scene.say(scene.users.leader, 'open stap 2 tot 31-12-2030');
    const form = await scene.execute(scene.users.police, 'problem.form', { projectId });
    const save = actionsOf(form.invokeCard ?? {}).find((a) => a.verb === 'problem.save');
    await scene.execute(scene.users.police, 'problem.save', { ...save?.data, description: PHISH, likelihood: 'hoog', consequences: 'personen', priority: 'midden' });
    await scene.say(scene.users.leader, 'sluit stap 2');
  });
  after(async () => {
    await scene?.stop();
  });

  it('shows a problem text written as a link in the `lijst` card as the text that was typed, not as a link', async () => {
    const list = await scene.say(scene.users.police, 'lijst');
    const texts = list.cards.flatMap(shownTexts).filter((x) => shownText(x).includes('Officieel verslag politie'));
    assert.ok(texts.length > 0, 'the problem is on the list');
    for (const text of texts) {
      assert.doesNotMatch(text, /(^|[^\\])\[Officieel verslag politie(\\)?\]\(/, `a link: ${text}`);
      assert.ok(shownText(text).includes(PHISH), `shown as typed: ${text}`);
    }
  });

  it('shows a profile description with headings, lists and links as plain text', async () => {
    const profile = await scene.say(scene.users.police, 'profiel');
    const description = profile.cards.flatMap(shownTexts).find((x) => shownText(x).includes('Officieel verslag politie')) ?? '';
    assert.match(description, /^\\# Kop\n\\- punt\n\\\[Officieel verslag politie\\\]\(https:\/\/phish\.example\/login\)$/);
  });
});
