import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { commandSamples } from '../harness/command-samples';
import { cardText, Scene, type Answer } from '../harness/scene';
import { storeSnapshot } from '../harness/store-snapshot';
import { messageActivity, type TeamsUser } from '../harness/teams-activities';

const PROJECT_NAME = 'Geheim Dossier Havenkwartier';
const PARTNER_TENANT = '7a1c0000-0000-4000-8000-00000000beef';

describe('outsiders learn no project name; a shared channel has one project for every tenant (real HTTP)', () => {
  let scene: Scene;
  let partner: TeamsUser;
  const everything = (answer: Answer): string => [...answer.texts, answer.invokeText ?? '', ...answer.cards.map(cardText), ...(answer.invokeCard ? [cardText(answer.invokeCard)] : [])].join(' | ');
  /** A message from the partner organisation's own tenant, in the host's channel. */
  const partnerSays = async (text: string): Promise<string> => {
    const ctx = scene.harness.teams.context;
    const activity = messageActivity(ctx, partner, text, {});
    const before = scene.harness.connector.activities().length;
    const response = await scene.harness.teams.post({
      ...activity,
      conversation: { ...activity.conversation, tenantId: PARTNER_TENANT },
      channelData: { ...activity.channelData, tenant: { id: PARTNER_TENANT } },
    });
    assert.equal(response.status, 200);
    const posted = scene.harness.connector.activities().slice(before);
    return posted.map((a) => JSON.stringify(a)).join(' | ');
  };

  before(async () => {
    scene = await Scene.start({ timers: false });
    await scene.say(scene.users.leader, `nieuw project ${PROJECT_NAME}`);
    await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police] });
    partner = scene.harness.teams.user('Ingrid Partner', { aadObjectId: '11111111-2222-4333-8444-555555555555' });
    scene.harness.connector.addMember({ id: partner.id, name: partner.name, aadObjectId: partner.aadObjectId, tenantId: PARTNER_TENANT });
  });
  after(async () => {
    await scene?.stop();
  });

  it('tells an outsider typing "nieuw project" that the channel has a project and whom to ask, not its name', async () => {
    const answer = await scene.say(scene.users.outsider, 'nieuw project Mijn Eigen Project');
    assert.deepEqual(answer.texts, [
      'Dit kanaal heeft al een actief project, waaraan je (nog) niet meedoet. Vraag projectleider Marieke de Vries om je aan te melden. Per kanaal is er één actief project; start een nieuw project in een ander kanaal.',
    ]);
    const participant = await scene.say(scene.users.police, 'nieuw project');
    assert.match(participant.texts[0] ?? '', new RegExp(`\\(${PROJECT_NAME}, projectleider Marieke de Vries\\)`), 'a participant may know it');
  });

  it('says the project name to an outsider for no command at all, and changes nothing', async () => {
    const before = storeSnapshot(scene.harness.sqlitePath);
    const samples = commandSamples();
    assert.ok(samples.length > 60, `${samples.length} samples`);
    for (const text of ['nieuw project', 'new project', ...samples, 'vertel eens iets']) {
      const answer = await scene.say(scene.users.outsider, text);
      assert.equal(answer.status, 200, text);
      assert.equal(everything(answer).includes(PROJECT_NAME), false, `${text}: ${everything(answer).slice(0, 200)}`);
      assert.equal(everything(answer).includes('Havenkwartier'), false, text);
    }
    assert.deepEqual(storeSnapshot(scene.harness.sqlitePath), before);
  });

  it('refuses a second project for the channel from another tenant', async () => {
    const before = storeSnapshot(scene.harness.sqlitePath);
    const said = await partnerSays('nieuw project Project Van De Partner');
    assert.match(said, /Dit kanaal heeft al een actief project, waaraan je \(nog\) niet meedoet\. Vraag projectleider Marieke de Vries/);
    assert.deepEqual(storeSnapshot(scene.harness.sqlitePath), before, 'no second project, no second binding');
  });

  it('lets the leader register a partner of another tenant, who then takes part in the host tenant\'s project', async () => {
    const added = await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [partner] });
    assert.match(added.texts[0] ?? '', /Aangemeld als deelnemer: Ingrid Partner/);
    const project = await scene.project();
    const registered = project.participants.find((p) => p.name === 'Ingrid Partner');
    assert.ok(registered, 'registered');
    assert.equal(registered.key, `${PARTNER_TENANT}:${partner.aadObjectId}`, 'known by their own tenant and object id');
    assert.equal(project.channel.tenantId, scene.harness.teams.context.tenantId, 'the project stays the host tenant\'s');
    const profile = await partnerSays('profiel');
    assert.match(profile, new RegExp(PROJECT_NAME), 'the partner sees the profile');
    const organisation = await partnerSays('organisatie Partnerorganisatie BV');
    assert.match(organisation, /Partnerorganisatie BV/);
    assert.equal((await scene.project()).participants.find((p) => p.name === 'Ingrid Partner')?.organisation, 'Partnerorganisatie BV');
  });
});
