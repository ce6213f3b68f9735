import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cardText, said, Scene, type Answer } from '../harness/scene';

/**
 * Steps open in order, each only when the one before it is done: step 1 once the profile is
 * saved, a step with a meeting once its meeting is closed, a step without one once its input
 * has closed. The status shows a held meeting with the day it was held.
 */
describe('step order and the status (real HTTP)', () => {
  const clock = { now: new Date('2027-03-01T09:00:00Z') };
  let scene: Scene;
  const leader = (text: string): Promise<Answer> => scene.say(scene.users.leader, text);
  const status = async (): Promise<string> => cardText((await scene.say(scene.users.police, 'status')).cards[0] ?? {});
  const stepStatus = async (n: number): Promise<string | undefined> => (await scene.project()).steps.find((s) => s.number === n)?.status;

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
    await leader('nieuw project Overlast Stationsplein');
    await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police, scene.users.housing] });
  });
  after(async () => {
    await scene?.stop();
  });

  it('step 1 is open until the profile is saved; step 2 waits for it', async () => {
    assert.equal(
      said(await leader('open stap 2 tot 10-03-2027 17:00')),
      'Stap 2 kan pas open als stap 1 is afgerond, en dat is zo zodra het projectprofiel is opgeslagen. Toon het met @Veiligheidsplanner profiel, kies Profiel bewerken en sla het op.',
    );
    const before = await status();
    assert.match(before, /^Stand van het project: Overlast Stationsplein \| Stap 1 · Projectprofiel \| open voor invoer \| Stap 2 · Wat is het probleem\? \| nog niet geopend \| Stap 3/);
    assert.doesNotMatch(before, /deelnemers hebben iets ingevoerd|van \d/, 'no input counts for steps that are not open');
    const saved = await scene.saveProfile();
    assert.match(cardText(saved.invokeCard ?? {}), /Het projectprofiel is opgeslagen\. Stap 1 is daarmee afgerond: open stap 2 met @Veiligheidsplanner open stap 2 tot &lt;datum&gt;\./);
    assert.equal(await stepStatus(1), 'done');
    assert.match(cardText((await scene.saveProfile()).invokeCard ?? {}), /^Projectprofiel: Overlast Stationsplein \| Het projectprofiel is opgeslagen\. \|/, 'saving again says only that');
    assert.match(await status(), /Stap 1 · Projectprofiel \| afgerond \| Stap 2/);
  });

  it('step 3 waits until the meeting of step 2 is closed, not only its input', async () => {
    assert.match(said(await leader('open stap 2 tot 10-03-2027 17:00')), /^Stap 2 is geopend/);
    await leader('overleg stap 2 op 15-03-2027 10:00');
    // Step 3 says best what it needs from step 2: the fixed list, and the meeting closed.
    const refusal = 'Stap 3 kan pas open als stap 2 is afgerond: de maatregelen horen bij de prioriteitenlijst uit het overleg van stap 2. Stel de lijst vast met @Veiligheidsplanner prioriteitenlijst &lt;cluster&gt;, &lt;cluster&gt;, … en sluit het overleg af met @Veiligheidsplanner sluit overleg 2.';
    assert.equal(said(await leader('open stap 3 tot 09-03-2027 17:00')), refusal, 'not with an earlier deadline while step 2 is open');
    await leader('sluit stap 2');
    assert.equal(said(await leader('open stap 3 tot 20-03-2027 17:00')), refusal, 'input closed');
    clock.now = new Date('2027-03-12T13:00:00Z');
    await leader('start overleg 2');
    assert.equal(said(await leader('open stap 3 tot 20-03-2027 17:00')), refusal, 'meeting running');
    assert.match(await status(), /Stap 2 · Wat is het probleem\? \| overleg bezig \| deadline woensdag 10 maart 2027 om 17:00 · overleg bezig sinds vrijdag 12 maart 2027 om 14:00/);
    await leader('sluit overleg 2 toch');
    assert.equal(await stepStatus(2), 'done');
    assert.match(said(await leader('open stap 3 tot 20-03-2027 17:00')), /^Stap 3 is geopend/);
  });

  it('shows the meeting as held, on the day it was held, not the planned date', async () => {
    const text = await status();
    assert.match(text, /Stap 2 · Wat is het probleem\? \| afgerond \| deadline woensdag 10 maart 2027 om 17:00 · overleg gehouden op vrijdag 12 maart 2027 om 14:00/);
    assert.doesNotMatch(text, /15 maart/, 'the planned date is no longer news');
  });

  it('a step without a meeting is finished once its input closes', async () => {
    assert.equal(said(await leader('open stap 4 tot 25-03-2027 17:00')), 'Stap 4 kan pas open als de invoer van stap 3 is gesloten. De stappen gaan op volgorde.');
    await leader('sluit stap 3');
    assert.match(said(await leader('open stap 4 tot 25-03-2027 17:00')), /^Stap 4 is geopend/);
    assert.equal(said(await leader('open stap 5 tot 30-03-2027 17:00')), 'Stap 5 kan pas open als stap 4 is afgerond, en dat is zo zodra het overleg van stap 4 is afgesloten. De stappen gaan op volgorde.');
    scene.assertAllCardsValid();
  });
});
