import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Project } from '../../src/project/domain/project';
import { actionsOf, cardText, Scene } from '../harness/scene';

/**
 * Step 1 over real HTTP: install greeting, a new project, the profile form with bad and good
 * input, the profile for everyone and editing by the leader only.
 */
describe('step 1: project and profile (real HTTP, SQLite file)', () => {
  let scene: Scene;
  let projectId = '';
  const stored = (): Promise<Project> => scene.project();

  before(async () => {
    scene = await Scene.start();
  });
  after(async () => {
    if (process.env.E2E_TRANSCRIPT) writeFileSync(process.env.E2E_TRANSCRIPT, `${scene.transcript.join('\n')}\n`);
    await scene?.stop();
  });

  it('greets in Dutch when added to a team, saying what it is and how to start', async () => {
    const before = scene.harness.connector.activities().length;
    const response = await scene.harness.teams.membersAdded(['bot']);
    assert.equal(response.status, 200);
    const [greeting] = scene.harness.connector.activities().slice(before);
    assert.ok(greeting, 'a greeting was posted');
    const text = JSON.stringify(greeting.attachments);
    assert.match(text, /Hallo, ik ben de Veiligheidsplanner/);
    assert.match(text, /nieuw project/);
  });

  it('greets in a personal chat without sending people to "this channel": it points to their project’s channel', async () => {
    const before = scene.harness.connector.activities().length;
    const response = await scene.harness.teams.membersAdded(['bot'], { personal: true, from: scene.users.police });
    assert.equal(response.status, 200);
    const [greeting] = scene.harness.connector.activities().slice(before);
    const text = JSON.stringify(greeting?.attachments);
    assert.match(text, /Hallo, ik ben de Veiligheidsplanner/);
    assert.match(text, /Ga naar het Teams-kanaal van je project/);
    assert.doesNotMatch(text, /in dit kanaal/);
  });

  it('stays silent when someone else joins the team', async () => {
    const before = scene.harness.connector.activities().length;
    await scene.harness.teams.membersAdded([scene.users.police]);
    assert.equal(scene.harness.connector.activities().length, before);
  });

  it('starts a project with the sender as leader and sends the profile form', async () => {
    const answer = await scene.say(scene.users.leader, 'nieuw project');
    assert.equal(answer.status, 200);
    assert.match(answer.texts[0] ?? '', /Het project is gestart\. Marieke de Vries is projectleider/);
    const form = answer.cards[0];
    assert.ok(form, 'profile form sent');
    assert.match(cardText(form), /Naam van het project.*Opdrachtgever.*Startdatum.*Geplande einddatum.*Beknopte toelichting/);
    const save = actionsOf(form)[0];
    assert.equal(save?.verb, 'profile.save');
    projectId = String(save?.data?.projectId);
    const project = await stored();
    assert.equal(project.id, projectId);
    assert.equal(project.participants.length, 1);
    assert.equal(project.participants[0]?.role, 'leader');
    assert.equal(project.participants[0]?.aadObjectId, scene.users.leader.aadObjectId);
    assert.equal(project.steps.find((s) => s.number === 1)?.status, 'open');
  });

  it('refuses a second project in the same channel, naming the active one', async () => {
    const answer = await scene.say(scene.users.police, 'nieuw project Fietsendiefstal');
    assert.match(answer.texts[0] ?? '', /Dit kanaal heeft al een actief project.*projectleider Marieke de Vries/);
    assert.equal((await stored()).id, projectId);
  });

  it('returns the form with a Dutch error next to each bad field and saves nothing', async () => {
    const answer = await scene.execute(scene.users.leader, 'profile.save', {
      projectId,
      name: '   ',
      commissioner: 'Burgemeester',
      startDate: '01-03-2027',
      plannedEndDate: '01-01-2027',
      description: 'x',
    });
    const form = answer.invokeCard;
    assert.ok(form, 'the form comes back in place');
    const body = form.body as { type: string; id?: string; text?: string; value?: string }[];
    const after = (id: string): string | undefined => body[body.findIndex((e) => e.id === id) + 1]?.text;
    assert.equal(after('name'), 'Vul dit veld in.');
    assert.equal(after('plannedEndDate'), 'De geplande einddatum ligt vóór de startdatum.');
    assert.equal(body.find((e) => e.id === 'commissioner')?.value, 'Burgemeester', 'typed input is kept');
    assert.equal((await stored()).profile, null);

    const unreadable = await scene.execute(scene.users.leader, 'profile.save', { projectId, name: 'Overlast', startDate: 'morgen' });
    assert.match(cardText(unreadable.invokeCard ?? {}), /Deze datum kan ik niet lezen\. Schrijf bijvoorbeeld 15-12-2026/);
    assert.equal((await stored()).profile, null);
  });

  it('saves a valid profile and shows it', async () => {
    const answer = await scene.execute(scene.users.leader, 'profile.save', {
      projectId,
      name: 'Overlast Stationsplein',
      commissioner: 'Burgemeester van Havenstad',
      startDate: '2027-01-15',
      plannedEndDate: '15-12-2027',
      description: 'Samen de overlast rond het Stationsplein terugdringen.',
    });
    const text = cardText(answer.invokeCard ?? {});
    assert.match(text, /Het projectprofiel is opgeslagen/);
    assert.match(text, /15 januari 2027.*15 december 2027/);
    const profile = (await stored()).profile;
    assert.deepEqual(profile, {
      name: 'Overlast Stationsplein',
      commissioner: 'Burgemeester van Havenstad',
      startDate: '2027-01-15',
      plannedEndDate: '2027-12-15',
      description: 'Samen de overlast rond het Stationsplein terugdringen.',
    });
  });

  it('shows the profile to a participant without an edit button, and with one to the leader', async () => {
    await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police] });
    const participantView = await scene.say(scene.users.police, 'profiel');
    const card = participantView.cards[0] ?? {};
    assert.match(cardText(card), /Projectprofiel: Overlast Stationsplein.*Burgemeester van Havenstad/);
    assert.equal(actionsOf(card).length, 0);
    const leaderView = await scene.say(scene.users.leader, 'profiel');
    assert.deepEqual(actionsOf(leaderView.cards[0] ?? {}).map((a) => a.verb), ['profile.edit']);
  });

  it('lets only the leader edit, at any time, also through the Action.Submit fallback', async () => {
    const refused = await scene.execute(scene.users.police, 'profile.edit', { projectId });
    assert.equal(refused.invokeText, 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    const refusedSave = await scene.submit(scene.users.police, { verb: 'profile.save', projectId, name: 'Gekaapt' });
    assert.equal(refusedSave.texts[0], 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    assert.equal((await stored()).profile?.name, 'Overlast Stationsplein');

    const form = await scene.execute(scene.users.leader, 'profile.edit', { projectId });
    assert.match(cardText(form.invokeCard ?? {}), /Overlast Stationsplein/);
    const saved = await scene.submit(scene.users.leader, { verb: 'profile.save', projectId, name: 'Overlast Stationsplein en omgeving' });
    assert.match(cardText(saved.cards[0] ?? {}), /Het projectprofiel is opgeslagen/);
    const profile = (await stored()).profile;
    assert.equal(profile?.name, 'Overlast Stationsplein en omgeving');
    assert.equal(profile?.commissioner, 'Burgemeester van Havenstad', 'a field the card did not send keeps its value');
    assert.equal(profile?.plannedEndDate, '2027-12-15');
  });

  it('sent only cards that validate against Adaptive Cards 1.5 and fit 40 KB', () => {
    scene.assertAllCardsValid();
    assert.ok(scene.cardCount >= 8);
  });
});
