import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCardValidator } from '../harness/card-schema';
import { projectThroughStep4 } from '../harness/goals-project';
import { said, Scene, shownCard, type Answer } from '../harness/scene';

/**
 * Steps 5 and 6 in a project whose leader switched it to English: the English commands, answers,
 * refusals and overviews, over real HTTP on a fake clock (the Dutch path is steps-5-6-whole).
 */
describe('steps 5 and 6 in English (real HTTP, fake clock)', () => {
  const clock = { now: new Date('2026-12-01T09:00:00Z') };
  const at = (iso: string): void => {
    clock.now = new Date(iso);
  };
  let scene: Scene;
  const validate = createCardValidator();
  const leaderSays = async (text: string): Promise<string> => said(await scene.say(scene.users.leader, text));
  const shownCards = (answer: Answer): string[] => answer.cards.map((card) => {
    assert.deepEqual(validate(card), [], 'valid Adaptive Card 1.5');
    return shownCard(card);
  });

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
    await projectThroughStep4(scene, at);
    at('2027-01-12T08:00:00Z');
    assert.match(await leaderSays('language english'), /^This project now speaks English/);
  });
  after(async () => {
    await scene?.stop();
  });

  it('fills the execution matrix, costs, capacity and a decision with English commands', async () => {
    at('2027-01-12T09:00:00Z');
    assert.match(await leaderSays('open step 5 until 31-01-2027 17:00'), /^Step 5 is open\. Input is possible until Sunday 31 January 2027 at 17:00\./);
    assert.match(await leaderSays('execute measure Extra surveillance at the bicycle shed | Rachid El Amrani | Two officers on Friday and Saturday evening | 01-02-2027 to 31-12-2027 | 1'),
      /^Measure 1 is in the execution matrix/);
    assert.equal(await leaderSays('costs 1 12,500.00 | Gemeente Havenstad 60%, Politie 40%'), 'The costs of measure 1 are recorded: € 12.500,00.');
    assert.match(await leaderSays('capacity 1 Rachid El Amrani 0.2 fte'), /^Rachid El Amrani's capacity on measure 1 is recorded\./);
    assert.equal(await leaderSays('costs 1 -5 | Politie 100%'), 'Amounts, hours and shares cannot be negative. Nothing has changed.');
    assert.equal(await leaderSays('change measure 1 when: 01-03-2027 to 01-02-2027'), 'The end date is before the start date. Nothing has changed.');
    assert.match(await leaderSays('decision Politie | approved with conditions: a review after six months | 01-02-2027'), /^Decision of Politie recorded: approved with conditions\./);
    const overview = shownCards(await scene.say(scene.users.youth, 'execution plan'));
    assert.match(overview[0] ?? '', /^Execution matrix \(step 5\)/);
    assert.ok(overview.some((t) => t.startsWith('Cost overview and funding (step 5)')), overview.join('\n'));
    assert.ok(overview.some((t) => /Politie: approved with conditions/i.test(t)), overview.join('\n'));
    assert.ok(overview.some((t) => /€ 12\.500,00/.test(t)), 'amounts in euros the Dutch way, as the plan is Dutch');
  });

  it('enters progress, shows it, evaluates a goal and starts a new cycle in English', async () => {
    at('2027-02-01T09:00:00Z');
    await scene.say(scene.users.leader, 'start meeting 5');
    assert.match(await leaderSays('close meeting 5 anyway'), /^The meeting of step 5 is closed: .* and step 5 is done\./);
    at('2027-02-02T09:00:00Z');
    assert.match(await leaderSays('open step 6 until 15-10-2027 17:00'), /^Step 6 is open\./);
    at('2027-03-31T10:00:00Z');
    assert.equal(said(await scene.say(scene.users.police, 'enter progress 1 30 | fewer reports')), 'Progress of goal 1 saved: 30 on 31 March 2027.');
    assert.match(said(await scene.say(scene.users.police, 'enter progress 1 lots')), /^“lots” is not a number\./);
    const progress = shownCards(await scene.say(scene.users.shops, 'progress'));
    assert.match(progress[0] ?? '', /Goal 1: .* \| .*: starting value 38, target 20 by 31 December 2027 \| Latest: 30 on 31 March 2027 \(44% of the way to the target\)/);
    assert.match(await leaderSays('evaluation goal 1 | reached | Police reports per quarter | satisfied | The extra surveillance worked'), /^Evaluation of goal 1 saved \(1 of 3 goals evaluated\)\./);
    assert.match(await leaderSays('evaluation goal 1 | perhaps | x | satisfied | y'), /^“perhaps”: write reached or not reached\./);
    const table = shownCards(await scene.say(scene.users.youth, 'evaluation'));
    assert.match(table[0] ?? '', /Goal 1: .* \| Reached — measured: Police reports per quarter \| Satisfied — The extra surveillance worked/);
    assert.match(await leaderSays('new cycle'), /^New cycle started: Overlast Stationsplein \(cycle 2\), with 5 participants, 3 problems of the priority list and 2 goals not reached\./);
  });
});
