import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_CARD_ACTIONS, ALL_COMMANDS } from '../../src/features';
import { commandTableMarkdown } from '../harness/command-docs';
import { parseCommand } from '../harness/parse-command';

describe('command declarations', () => {
  it('every command has phrases and help in Dutch and English, and help comes last', () => {
    for (const c of ALL_COMMANDS) {
      assert.ok(c.phrases.nl.length > 0, c.name);
      for (const [syntax, explanation] of [c.help.nl, c.help.en]) assert.ok(syntax.length > 0 && explanation.length > 0, c.name);
    }
    assert.equal(ALL_COMMANDS.at(-1)?.name, 'help');
  });

  it('each help syntax, typed with example values, reaches its own command', () => {
    const examples: Record<string, string> = { N: '2', '<datum>': '15-12-2026', '<date>': '15-12-2026', '<datum tijd>': '15-12-2026 10:00', '<date time>': '15-12-2026 10:00' };
    for (const c of ALL_COMMANDS) {
      for (const syntax of [c.help.nl[0], c.help.en[0]]) {
        const typed = syntax
          .replace(/\[[^\]]*\]/g, '')
          .replace(/<datum tijd>|<date time>|<datum>|<date>|\bN\b/g, (m) => examples[m] ?? m)
          .replace(/<[^>]+>/g, 'x')
          .replace(/@\S+/g, '');
        assert.equal(parseCommand(typed).name, c.name, `${syntax} → ${typed}`);
      }
    }
  });

  it('no two card actions share a verb', () => {
    const verbs = ALL_CARD_ACTIONS.map((a) => a.verb);
    assert.deepEqual([...new Set(verbs)], verbs);
  });

  it('the README command table is the one the declarations describe', () => {
    const readme = readFileSync(resolve(__dirname, '..', '..', 'README.md'), 'utf8');
    const table = /<!-- commands:start -->\n([\s\S]*?)\n<!-- commands:end -->/.exec(readme)?.[1];
    assert.equal(table, commandTableMarkdown(ALL_COMMANDS));
  });
});
