import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findActiveProject } from '../../src/project/app/project-access';
import type { Project } from '../../src/project/domain/project';
import type { Versioned } from '../../src/platform/store/port';
import { textOf } from '../harness/connector-double';
import { actionsOf, cardText, Scene, type Answer } from '../harness/scene';
import { messageActivity, type SendOptions } from '../harness/teams-activities';

const NOT_PARTICIPANT = 'Je doet (nog) niet mee aan dit project. Vraag projectleider Marieke de Vries om je aan te melden.';
const NOT_LEADER = 'Alleen de projectleider (Marieke de Vries) kan dit doen.';
const WRONG_PROJECT = 'Deze kaart hoort bij een ander project dan het project van dit kanaal. Er is niets gewijzigd.';
const NO_PROJECT = 'Er is in dit kanaal nog geen project. Start er een met @Veiligheidsplanner nieuw project.';
const INVALID_CARD = 'De gegevens van deze kaart zijn onvolledig of ongeldig. Er is niets gewijzigd.';
const UNKNOWN_ACTION = 'Deze kaart of knop ken ik niet (meer). Er is niets gewijzigd. Typ @Veiligheidsplanner help voor de opdrachten.';

const SECOND: SendOptions = { channelId: '19:tweede-kanaal@thread.tacv2', conversationId: '19:tweede-kanaal@thread.tacv2' };
const EMPTY: SendOptions = { channelId: '19:leeg-kanaal@thread.tacv2', conversationId: '19:leeg-kanaal@thread.tacv2' };

/** The one line the bot answered: the posted text, or the text in the Action.Execute response. */
const said = (answer: Answer): string => {
  assert.equal(answer.status, 200);
  const lines = [...answer.texts, ...(answer.invokeText === undefined ? [] : [answer.invokeText])];
  assert.equal(lines.length, 1, `expected one line, got ${JSON.stringify(lines)}`);
  return lines[0] ?? '';
};

describe('access (G2) and bad input over real HTTP', () => {
  let scene: Scene;
  let projectId = '';
  let secondProjectId = '';
  const tenantId = (): string => scene.harness.teams.context.tenantId;
  const stored = async (channelId = scene.harness.teams.context.channel.id): Promise<Versioned<Project> | undefined> =>
    findActiveProject({ store: scene.harness.bot.store }, tenantId(), channelId);
  /** Runs `act` and checks that neither project changed: same etag, updatedAt, profile and participants. */
  const unchanged = async (act: () => Promise<void>): Promise<void> => {
    const first = await stored();
    const second = await stored(SECOND.channelId);
    await act();
    for (const [was, now] of [[first, await stored()], [second, await stored(SECOND.channelId)]] as const) {
      assert.equal(now?.etag, was?.etag);
      assert.equal(now?.doc.updatedAt, was?.doc.updatedAt);
      assert.deepEqual(now?.doc.profile, was?.doc.profile);
      assert.deepEqual(now?.doc.participants, was?.doc.participants);
    }
  };
  const profileSave = (data: Record<string, unknown>): Record<string, unknown> => ({ verb: 'profile.save', ...data });

  before(async () => {
    scene = await Scene.start();
    const started = await scene.say(scene.users.leader, 'nieuw project');
    projectId = String(actionsOf(started.cards[0] ?? {})[0]?.data?.projectId);
    const added = await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police] });
    assert.match(added.texts[0] ?? '', /Aangemeld als deelnemer: Rachid El Amrani/);
    await scene.say(scene.users.police, 'organisatie Politie Eenheid Noord-Holland');
    await scene.say(scene.users.leader, 'organisatie Gemeente Havenstad');
    const saved = await scene.execute(scene.users.leader, 'profile.save', { projectId, name: 'Overlast Stationsplein' });
    assert.match(cardText(saved.invokeCard ?? {}), /Het projectprofiel is opgeslagen/);
    const second = await scene.say(scene.users.leader, 'nieuw project Fietsendiefstal', SECOND);
    secondProjectId = String(actionsOf(second.cards[0] ?? {})[0]?.data?.projectId);
    assert.ok((await stored())?.doc.participants.length === 2);
    assert.equal((await stored(SECOND.channelId))?.doc.id, secondProjectId);
    assert.notEqual(secondProjectId, projectId);
  });
  after(async () => {
    await scene?.stop();
  });

  it('refuses an outsider politely, naming the leader, for every command and card', async () => {
    const outsider = scene.users.outsider;
    await unchanged(async () => {
      for (const command of ['profiel', 'deelnemers', 'documenten', 'help', 'organisatie Buitenstaanders BV']) {
        assert.equal(said(await scene.say(outsider, command)), NOT_PARTICIPANT, command);
      }
      assert.equal(said(await scene.execute(outsider, 'profile.edit', { projectId })), NOT_PARTICIPANT);
      assert.equal(said(await scene.execute(outsider, 'profile.save', { projectId, name: 'Gekaapt' })), NOT_PARTICIPANT);
      assert.equal(said(await scene.submit(outsider, profileSave({ projectId, name: 'Gekaapt' }))), NOT_PARTICIPANT);
      assert.equal(said(await scene.submit(outsider, { verb: 'organisation.save', projectId, organisation: 'X' })), NOT_PARTICIPANT);
    });
  });

  it('lets only the leader register participants and edit the profile', async () => {
    const police = scene.users.police;
    await unchanged(async () => {
      assert.equal(said(await scene.say(police, 'deelnemer toevoegen', { mentions: [scene.users.housing] })), NOT_LEADER);
      assert.equal(said(await scene.say(police, 'deelnemer verwijderen', { mentions: [scene.users.leader] })), NOT_LEADER);
      assert.equal(said(await scene.execute(police, 'profile.edit', { projectId })), NOT_LEADER);
      assert.equal(said(await scene.execute(police, 'profile.save', { projectId, name: 'Gekaapt' })), NOT_LEADER);
      assert.equal(said(await scene.submit(police, profileSave({ projectId, name: 'Gekaapt' }))), NOT_LEADER);
    });
  });

  it('refuses a card made for another project, and a card in a channel without a project', async () => {
    const leader = scene.users.leader;
    await unchanged(async () => {
      const foreign = { projectId, name: 'Verkeerd project' };
      assert.equal(said(await scene.execute(leader, 'profile.save', foreign, SECOND)), WRONG_PROJECT);
      assert.equal(said(await scene.submit(leader, profileSave(foreign), SECOND)), WRONG_PROJECT);
      assert.equal(said(await scene.execute(leader, 'profile.edit', { projectId }, SECOND)), WRONG_PROJECT);
      const random = { projectId: '7d1e2f3a-0000-4000-8000-123456789abc', name: 'Verzonnen' };
      assert.equal(said(await scene.execute(leader, 'profile.save', random)), WRONG_PROJECT);
      assert.equal(said(await scene.submit(leader, profileSave(random))), WRONG_PROJECT);
      assert.equal(said(await scene.execute(leader, 'profile.save', { projectId, name: 'Nergens' }, EMPTY)), NO_PROJECT);
      assert.equal(said(await scene.submit(leader, profileSave({ projectId, name: 'Nergens' }), EMPTY)), NO_PROJECT);
    });
    assert.equal(await stored(EMPTY.channelId), undefined);
    assert.equal((await stored(SECOND.channelId))?.doc.profile?.name, 'Fietsendiefstal');
  });

  it('refuses malformed card data as a whole, and unknown verbs', async () => {
    const leader = scene.users.leader;
    await unchanged(async () => {
      const malformed: Record<string, unknown>[] = [
        { projectId, name: 123 },
        { name: 'Zonder project' },
        { projectId: '', name: 'Leeg project-id' },
        { projectId, name: 'Te lang', description: 'x'.repeat(25_000) },
      ];
      for (const data of malformed) {
        assert.equal(said(await scene.execute(leader, 'profile.save', data)), INVALID_CARD, JSON.stringify(data).slice(0, 80));
        assert.equal(said(await scene.submit(leader, profileSave(data))), INVALID_CARD, JSON.stringify(data).slice(0, 80));
      }
      const notAnObject = await scene.harness.teams.execute(leader, 'profile.edit', 'geen object');
      assert.deepEqual(notAnObject.body, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: INVALID_CARD });
      assert.equal(said(await scene.execute(leader, 'step9.frobnicate', { projectId })), UNKNOWN_ACTION);
      assert.equal(said(await scene.submit(leader, { verb: 'step9.frobnicate', projectId })), UNKNOWN_ACTION);
      assert.equal(said(await scene.submit(leader, { projectId, name: 'Zonder werkwoord' })), UNKNOWN_ACTION);
    });
  });

  it('returns the form with the field limit next to a description that is too long, saving nothing', async () => {
    await unchanged(async () => {
      const answer = await scene.execute(scene.users.leader, 'profile.save', { projectId, name: 'Overlast', description: 'y'.repeat(2500) });
      const body = (answer.invokeCard?.body ?? []) as { id?: string; text?: string; value?: string }[];
      const at = body.findIndex((e) => e.id === 'description');
      assert.ok(at >= 0, 'the profile form comes back');
      assert.equal(body[at + 1]?.text, 'Gebruik hoogstens 2000 tekens.');
      assert.match(cardText(answer.invokeCard ?? {}), /Niet opgeslagen: verbeter de velden met een melding/);
    });
    assert.equal((await stored())?.doc.profile?.name, 'Overlast Stationsplein');
  });

  it('answers with help: unknown text, per role, and in a channel without a project', async () => {
    const helpOf = (answer: Answer): string => {
      assert.equal(answer.texts.length, 0);
      assert.equal(answer.cards.length, 1);
      return cardText(answer.cards[0] ?? {});
    };
    await unchanged(async () => {
      const unknown = helpOf(await scene.say(scene.users.police, 'vertel eens een mop'));
      assert.match(unknown, /^Wat kan ik voor je doen\?/);
      const leader = helpOf(await scene.say(scene.users.leader, 'help'));
      assert.match(leader, /Je bent projectleider in dit project/);
      assert.match(leader, /deelnemer toevoegen @naam/);
      assert.doesNotMatch(leader, /nieuw project/);
      const participant = helpOf(await scene.say(scene.users.police, 'help'));
      assert.match(participant, /Je bent deelnemer in dit project/);
      assert.match(participant, /profiel.*deelnemers.*documenten/);
      assert.doesNotMatch(participant, /deelnemer toevoegen|deelnemer verwijderen/);
      const none = helpOf(await scene.say(scene.users.outsider, 'help', EMPTY));
      assert.match(none, /Er is in dit kanaal nog geen project/);
      assert.match(none, /nieuw project \[naam\]/);
    });
    assert.equal(await stored(EMPTY.channelId), undefined);
  });

  it('refuses a command text over 4000 characters before doing anything', async () => {
    const tooLong = 'Dit bericht is te lang (hoogstens 4000 tekens). Er is niets gewijzigd.';
    await unchanged(async () => {
      assert.equal(said(await scene.say(scene.users.leader, `nieuw project ${'Lang '.repeat(900)}`, EMPTY)), tooLong);
      assert.equal(said(await scene.say(scene.users.police, `organisatie ${'p'.repeat(4000)}`)), tooLong);
    });
    assert.equal(await stored(EMPTY.channelId), undefined);
    assert.equal((await stored())?.doc.participants[1]?.organisation, 'Politie Eenheid Noord-Holland');
  });

  it('refuses in the project’s language, whatever language the Teams client speaks', async () => {
    const en: SendOptions = { locale: 'en-US' };
    await unchanged(async () => {
      const help = await scene.say(scene.users.leader, 'help', en);
      assert.match(cardText(help.cards[0] ?? {}), /^Wat kan ik voor je doen\?/);
      assert.equal(said(await scene.say(scene.users.outsider, 'profile', en)), NOT_PARTICIPANT);
      assert.equal(said(await scene.execute(scene.users.police, 'profile.edit', { projectId }, en)), NOT_LEADER);
      assert.match(cardText((await scene.say(scene.users.outsider, 'help', { ...EMPTY, ...en })).cards[0] ?? {}), /^What can I do for you\?/, 'outside a project the locale is the hint');
    });
  });

  it('sends people from a personal chat to the project channel', async () => {
    const personal = 'Ik werk in het kanaal van een project. Ga naar het kanaal van je project en typ daar @Veiligheidsplanner help.';
    await unchanged(async () => {
      assert.equal(said(await scene.say(scene.users.leader, 'profiel', { personal: true })), personal);
      assert.equal(said(await scene.execute(scene.users.leader, 'profile.save', { projectId, name: 'Privé' }, { personal: true })), personal);
    });
  });

  it('refuses a sender without an Entra identity', async () => {
    const activity = messageActivity(scene.harness.teams.context, scene.users.leader, 'deelnemer toevoegen', {
      mentionBot: true,
      mentions: [scene.users.housing],
    });
    const anonymous = { ...activity, from: { id: '29:anoniem', name: 'Anoniem' } };
    await unchanged(async () => {
      const before = scene.harness.connector.activities().length;
      const response = await scene.harness.teams.post(anonymous);
      assert.equal(response.status, 200);
      const texts = scene.harness.connector.activities().slice(before).map((a) => textOf(a));
      assert.deepEqual(texts, ['Ik kan niet vaststellen wie je bent (geen Entra ID-account). Er is niets gewijzigd.']);
    });
  });

  it('survives malformed HTTP bodies with stable status codes and keeps working', async () => {
    const post = (body: string): Promise<number> =>
      fetch(`${scene.harness.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.status);
    const calls = scene.harness.connector.calls().length;
    await unchanged(async () => {
      assert.equal(await post('dit is geen JSON'), 400, 'not JSON: restify body parser');
      assert.equal(await post(''), 400, 'empty body: the adapter wants an object');
      assert.equal(await post('[1,2,3]'), 400, 'an array: the adapter wants an object');
      assert.equal(await post(JSON.stringify({ text: 'profiel', from: { id: 'x' } })), 400, 'JSON without type');
      assert.equal(await post('{}'), 400, 'an empty object');
    });
    assert.equal(scene.harness.connector.calls().length, calls, 'nothing was sent to Teams');
    const health = await fetch(`${scene.harness.url}/healthz`);
    assert.equal(health.status, 200);
    assert.match(cardText((await scene.say(scene.users.police, 'profiel')).cards[0] ?? {}), /Projectprofiel: Overlast Stationsplein/);
  });

  it('sent only cards that validate against Adaptive Cards 1.5 and fit 40 KB', () => {
    scene.assertAllCardsValid();
  });
});
