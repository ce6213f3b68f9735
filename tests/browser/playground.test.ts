import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { typedMoment } from '../../src/engine/domain/meetings';
import { chromiumInstalled, CHROMIUM, startPlaygroundSession, type PlaygroundSession } from './playground-session';

/**
 * What only a browser shows, in the Microsoft 365 Agents Playground with Debian's Chromium: a
 * project group's first steps as the leader sees them (the Playground sends `en-US`; the project
 * still speaks Dutch), the help with its placeholders, buttons that work on an empty form, the
 * counts during input, a status that breaks no word, and the record of a meeting that shows its
 * work. Screenshots go to test-output/browser/.
 */
describe('the Agents Playground in Chromium', { skip: chromiumInstalled() ? false : `no Chromium at ${CHROMIUM} (apt-get install -y chromium)` }, () => {
  let session: PlaygroundSession;
  const deadline = typedMoment(new Date(Date.now() + 7 * 24 * 3600_000)).slice(0, 10);
  /** Words a card shows broken over two lines ("Invo/er"): none, when the layout gives them room. */
  const brokenWords = (card: Locator): Promise<string[]> =>
    card.evaluate((root) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index ?? 0);
          range.setEnd(node, (match.index ?? 0) + match[0].length);
          const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
      return broken;
    });

  /** Waits for `own` to show; while it does not, presses `ask` (when shown) to ask for it. */
  const ownViewOrAsk = async (own: Locator, ask: Locator): Promise<void> => {
    for (const until = Date.now() + 20_000; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
      if (await own.isVisible()) return;
      if (await ask.isVisible()) await ask.click({ timeout: 2_000 }).catch(() => undefined);
    }
    await own.waitFor({ timeout: 1 });
  };

  before(async () => {
    session = await startPlaygroundSession();
  });
  after(async () => {
    await session?.stop();
  });

  it('point 11: `npm run playground` talks to a bot on a non-default PORT', () => {
    assert.notEqual(session.bot.port, 3978);
    assert.ok(session.output().includes(`talking to the bot at http://localhost:${session.bot.port}/api/messages`), session.output());
  });

  it('point 1: a project started from an English Playground speaks Dutch, with one English line on how to switch', async () => {
    await session.post('nieuw project Overlast Stationsplein');
    await session.page.getByText('Het project is gestart. Marieke de Vries (Gemeente Havenstad, OOV) is projectleider.').first().waitFor();
    await session.page.getByText('This project speaks Dutch. The project leader can switch it with').first().waitFor();
    const form = session.card('Projectprofiel invullen');
    await form.getByText('Naam van het project').waitFor();
    // The Playground around it speaks English (en-US); the project's answers are Dutch.
    await session.page.getByText('nieuw project Overlast Stationsplein').first().scrollIntoViewIfNeeded();
    await session.screenshot('point-01-language');
    await form.getByLabel('Opdrachtgever').fill('Burgemeester van Havenstad');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await session.card('Het projectprofiel is opgeslagen. Stap 1 is daarmee afgerond').waitFor();
  });

  it('point 3: the help shows its placeholders and what fits now; the rest behind one button', async () => {
    await session.post('help');
    const help = session.card('Wat kan ik voor je doen?');
    await help.getByText('open stap N tot <datum> [tijd]', { exact: true }).waitFor();
    assert.equal(await help.getByText('deelnemer toevoegen @naam', { exact: true }).count(), 1, 'setting up the project fits now');
    assert.equal(await help.getByText('oorzaak <cluster> -> <cluster>', { exact: true }).isVisible(), false, 'behind the button');
    await help.getByRole('button', { name: /^Alle andere opdrachten \(\d+\)$/ }).click();
    await help.getByText('oorzaak <cluster> -> <cluster>', { exact: true }).waitFor();
    await help.getByText('criterium toevoegen <naam>: <waarde>, <waarde>', { exact: true }).waitFor();
    await session.screenshot('point-03-help', help);
  });

  it('point 2 and 8: registers a participant, opens step 2, enters two problems; "Mijn problemen" works on an empty form; the counts only', async () => {
    await session.post('deelnemer toevoegen', ['Rachid El Amrani']);
    await session.page.getByText('Aangemeld als deelnemer: Rachid El Amrani (Politie, wijkagent Stationskwartier).').first().waitFor();
    await session.post(`open stap 2 tot ${deadline}`);
    const step = session.card('Stap 2 is geopend: Wat is het probleem?');
    await step.getByRole('button', { name: 'Probleem invoeren' }).click();
    const enter = async (form: Locator, description: string, likelihood: string, consequences: string, priority: string): Promise<void> => {
      await form.getByLabel('Korte omschrijving van het probleem').fill(description);
      await form.getByRole('radiogroup', { name: /Risicokans/ }).getByText(likelihood, { exact: true }).click();
      await form.getByRole('radiogroup', { name: /Aard van de gevolgen/ }).getByText(consequences, { exact: true }).click();
      await form.getByRole('radiogroup', { name: /Prioriteit/ }).getByText(priority, { exact: true }).click();
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await session.card(`Je probleem is opgeslagen: “${description}”.`).waitFor();
    };
    await enter(session.card('Een probleem invoeren (stap 2)'), 'Drugshandel bij de fietsenstalling', 'Hoog', 'Beide', 'Hoog');
    // Right after a save the form is empty: its required fields must not keep this button from working.
    await session.card('Je probleem is opgeslagen').getByRole('button', { name: 'Mijn problemen' }).click();
    const mine = session.card('Mijn problemen (stap 2): 1');
    // "1. …" is the problem's own number (Markdown shows it as the list number).
    await mine.getByText('Drugshandel bij de fietsenstalling').waitFor();
    await mine.getByRole('button', { name: 'Probleem invoeren' }).click();
    await enter(session.card('Een probleem invoeren (stap 2)'), 'Intimidatie van reizigers', 'Midden', 'Personen', 'Midden');
    await session.screenshot('point-11-saved-notice', session.card('Je probleem is opgeslagen: “Intimidatie van reizigers”.'));
    await session.post('lijst');
    const counts = session.card('Getypeerde problemen: Overlast Stationsplein');
    await counts.getByText('2 problemen van 1 organisatie.', { exact: false }).waitFor();
    await counts.getByText('Hoog 1 · Midden 1 · Laag 0').first().waitFor();
    await counts.getByText(/^Tot de invoer sluit .* ziet iedereen alleen hoeveel problemen er per typering zijn/).waitFor();
    assert.equal(await counts.getByText('Drugshandel bij de fietsenstalling').count(), 0, 'no texts in the channel during input');
    await session.screenshot('point-08-counts', counts);
  });

  it('point 11: the status breaks no word and shows each step in its own block', async () => {
    await session.post('status');
    const status = session.card('Stand van het project: Overlast Stationsplein');
    await status.getByText('Stap 2 · Wat is het probleem?').waitFor();
    await status.getByText(/2 van de 2 deelnemers hebben iets ingevoerd|1 van de 2 deelnemers hebben iets ingevoerd/).waitFor();
    assert.deepEqual(await brokenWords(status), []);
    assert.equal(await status.getByText(/van \d+$/).count(), 0, 'no bare "0 van 5" for steps that are not open');
    await session.screenshot('point-11-status', status);
  });

  it('point 4: the meeting record shows the work under its agenda items, and which items were not discussed', async () => {
    await session.post('sluit stap 2');
    await session.page.getByText('De invoer voor stap 2 is gesloten.').first().waitFor();
    await session.post('start overleg 2');
    await session.card('Overleg stap 2: Wat is het probleem?').waitFor();
    await session.post('cluster Drugs: 1');
    await session.page.getByText('Cluster 1 "Drugs": 1 probleem toegevoegd, nu 1 in totaal.').first().waitFor();
    await session.post('cluster Reizigers: 2');
    await session.page.getByText('Cluster 2 "Reizigers": 1 probleem toegevoegd, nu 1 in totaal.').first().waitFor();
    await session.post('oorzaak Drugs -> Reizigers');
    await session.page.getByText('Vastgelegd: "Drugs" veroorzaakt "Reizigers".').first().waitFor();
    await session.post('stemronde 2');
    const ballot = session.card('Stemronde: welke problemen pakken we als eerste aan?');
    await ballot.getByRole('button', { name: '+1' }).first().click();
    // The tallies update for everyone and the voter gets their own view back; the host may show
    // these two in either order, so when the shared view came last the voter asks for their own.
    const own = session.card('Je hebt nog 1 van je 2 stemmen over.');
    const shared = session.card('Stemronde: welke problemen pakken we als eerste aan?');
    await shared.getByText('1 stem', { exact: true }).first().waitFor();
    await ownViewOrAsk(own, shared.getByRole('button', { name: 'Mijn stemmen' }));
    await session.post('sluit stemronde');
    await session.page.getByText(/^De stemronde is gesloten: 1 van 2 deelnemers hebben gestemd/).first().waitFor();
    await session.card('De stemronde is gesloten.').getByRole('button', { name: 'Prioriteitenlijst vaststellen in deze volgorde' }).first().click();
    // Case matters: the live agenda's work line says "vastgesteld door" too.
    const list = session.card(/^Prioriteitenlijst ?Vastgesteld door Marieke de Vries/);
    await list.getByRole('button', { name: 'Ik onderschrijf deze prioriteitenlijst' }).click();
    await session.card('1 van 2 deelnemers onderschreven.').waitFor();
    await session.post('sluit overleg 2');
    const question = session.card('Overleg stap 2 afsluiten?');
    await question.getByText('Opening en mededelingen').waitFor();
    await question.getByRole('button', { name: 'Ja, overleg afsluiten' }).click();
    const record = session.card('Uitkomst overleg stap 2: Wat is het probleem?');
    await record.getByText('Cluster 1 “Drugs”: 1. Drugshandel bij de fietsenstalling').first().waitFor();
    await record.getByText('Oorzaak → gevolg: Drugs → Reizigers').first().waitFor();
    await record.getByText('Stemronde met 2 stemmen per deelnemer: 1 van 2 deelnemers stemden.').first().waitFor();
    await record.getByText(/^Prioriteitenlijst, vastgesteld door Marieke de Vries/).first().waitFor();
    await record.getByText(/^Onderschreven door 1 van 2 deelnemers: Marieke de Vries/).first().waitFor();
    await record.getByText(/^Niet besproken: 1\. Opening en mededelingen/).first().waitFor();
    await session.screenshot('point-04-meeting-record', record);
  });
});
