import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_COMMANDS } from '../../src/features';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { escapeDisplayText } from '../../src/platform/cards/display-text';
import { loadCardRenderer } from '../../src/platform/cards/card-renderer';
import { cardsDirectory } from '../../src/platform/cards/paths';
import { toHelpView } from '../../src/project/views/help.view';
import { cleanCommandText, escapeAngleBrackets } from '../../src/kernel/text';
import { plainCardText } from '../../src/kernel/card-text';

const renderer = loadCardRenderer(cardsDirectory());

describe('what Teams would read as markup', () => {
  it('escapes angle brackets in text, TextRuns and facts, never in inputs, choices or action data', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: 'open stap N tot <datum>' },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'A -> B' }] },
        { type: 'FactSet', facts: [{ title: 'oorzaak <cluster> -> <cluster>', value: '<waarde>' }] },
        { type: 'Input.Text', id: 'x', value: '<typed>', placeholder: 'a <b>' },
        { type: 'Input.ChoiceSet', id: 'y', choices: [{ title: '<keuze>', value: '<v>' }] },
      ],
      actions: [{ type: 'Action.Execute', title: 'Opslaan', data: { text: '<kept>' } }],
    };
    assert.deepEqual(escapeDisplayText(card), {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: 'open stap N tot &lt;datum&gt;' },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'A -&gt; B' }] },
        { type: 'FactSet', facts: [{ title: 'oorzaak &lt;cluster&gt; -&gt; &lt;cluster&gt;', value: '&lt;waarde&gt;' }] },
        { type: 'Input.Text', id: 'x', value: '<typed>', placeholder: 'a <b>' },
        { type: 'Input.ChoiceSet', id: 'y', choices: [{ title: '<keuze>', value: '<v>' }] },
      ],
      actions: [{ type: 'Action.Execute', title: 'Opslaan', data: { text: '<kept>' } }],
    });
  });

  for (const t of [nl, en]) {
    it(`the ${t.locale} help card keeps every placeholder of every command`, () => {
      const shown = JSON.stringify(renderer.render('help', toHelpView(t, 'leader', ALL_COMMANDS)));
      const syntaxes = ALL_COMMANDS.filter((c) => c.audience !== 'noProject').map((c) => c.help[t.locale === 'en' ? 'en' : 'nl'][0]);
      const placeholders = syntaxes.flatMap((s) => s.match(/<[^>]+>/g) ?? []);
      assert.ok(placeholders.length >= 10, `only ${placeholders.length} placeholders`);
      for (const syntax of syntaxes) assert.ok(shown.includes(JSON.stringify(escapeAngleBrackets(plainCardText(syntax))).slice(1, -1)), syntax);
      assert.doesNotMatch(shown, /<[a-z]/, 'no raw placeholder is left for Teams to drop');
    });
  }

  it('reads what Teams sends as HTML back as typed text', () => {
    assert.equal(cleanCommandText('<at>Veiligheidsplanner</at> oorzaak Jongeren -&gt; Winkelgebied'), 'oorzaak Jongeren -> Winkelgebied');
    assert.equal(cleanCommandText('cluster &lt;naam&gt;: 1 &amp; 2 &quot;x&quot; &#39;y&#39;'), 'cluster <naam>: 1 & 2 "x" \'y\'');
  });
});
