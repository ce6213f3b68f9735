import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const root = resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });
const RULE = 'no-restricted-imports';

/** The rules that fire for `code` as if it were the file at `file` (relative to the project). */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  assert.ok(result, `no lint result for ${file}`);
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? 'parse error');
}
const importing = (source: string): string => `import { Thing } from '${source}';\nexport const used = Thing;\n`;

describe('dependency rule: src/domain is pure', () => {
  const forbidden = [
    'botbuilder',
    'botbuilder-core',
    'botframework-connector',
    '@microsoft/teams-ai',
    'restify',
    '@azure/cosmos',
    '@azure/identity',
    'better-sqlite3',
    'adaptivecards-templating',
    'node-cron',
    '../app/deps',
    '../bot/commands',
    '../views/card-renderer',
    '../store/port',
    '../i18n/nl',
    '../config',
    '../server',
  ];
  for (const source of forbidden) {
    it(`refuses ${source} in src/domain/x.ts`, async () => {
      assert.ok((await rulesFor('src/domain/x.ts', importing(source))).includes(RULE));
    });
  }

  it('refuses the exact TurnContext import, also as a type-only import and in a nested folder', async () => {
    assert.ok((await rulesFor('src/domain/x.ts', "import { TurnContext } from 'botbuilder';\nexport const c = TurnContext;\n")).includes(RULE));
    assert.ok((await rulesFor('src/domain/x.ts', "import type { TurnContext } from 'botbuilder';\nexport type C = TurnContext;\n")).includes(RULE));
    assert.ok((await rulesFor('src/domain/rules/x.ts', importing('botbuilder'))).includes(RULE));
  });

  it('allows other domain files and pure libraries', async () => {
    assert.deepEqual(await rulesFor('src/domain/x.ts', importing('./person')), []);
    assert.deepEqual(await rulesFor('src/domain/x.ts', importing('node:crypto')), []);
  });

  it('refuses a folder import of an outer layer', async () => {
    assert.ok((await rulesFor('src/domain/x.ts', importing('../app'))).includes(RULE));
  });

  it('refuses a dynamic import of a framework', async () => {
    assert.ok((await rulesFor('src/domain/x.ts', "export const load = () => import('botbuilder');\n")).includes('no-restricted-syntax'));
    assert.ok((await rulesFor('src/domain/x.ts', "export const load = () => import('better-sqlite3');\n")).includes('no-restricted-syntax'));
    assert.ok((await rulesFor('src/app/x.ts', "export const load = () => import('@microsoft/teams-ai');\n")).includes('no-restricted-syntax'));
    assert.deepEqual(await rulesFor('src/bot/x.ts', "export const load = () => import('botbuilder');\n"), []);
  });

  it('keeps use cases, views and bot on the store port, away from the adapters', async () => {
    for (const file of ['src/app/x.ts', 'src/views/x.ts', 'src/bot/x.ts']) {
      assert.ok((await rulesFor(file, importing('../store/sqlite/sqlite-store'))).includes(RULE), file);
      assert.ok((await rulesFor(file, importing('../store/cosmos/cosmos-store'))).includes(RULE), file);
      assert.deepEqual(await rulesFor(file, importing('../store/port')), [], file);
    }
  });
});

describe('dependency rule: only src/bot and src/server.ts know botbuilder', () => {
  for (const file of ['src/app/x.ts', 'src/views/x.ts', 'src/store/x.ts', 'src/i18n/x.ts', 'src/compose.ts', 'src/config.ts']) {
    it(`refuses botbuilder and teams-ai in ${file}`, async () => {
      assert.ok((await rulesFor(file, importing('botbuilder'))).includes(RULE));
      assert.ok((await rulesFor(file, importing('@microsoft/teams-ai'))).includes(RULE));
    });
  }

  for (const file of ['src/bot/x.ts', 'src/bot/routes/x.ts', 'src/server.ts']) {
    it(`allows botbuilder in ${file}`, async () => {
      assert.equal((await rulesFor(file, importing('botbuilder'))).includes(RULE), false);
      assert.equal((await rulesFor(file, importing('@microsoft/teams-ai'))).includes(RULE), false);
    });
  }

  it('allows infrastructure outside the domain', async () => {
    assert.equal((await rulesFor('src/store/x.ts', importing('@azure/cosmos'))).includes(RULE), false);
    assert.equal((await rulesFor('src/views/x.ts', importing('adaptivecards-templating'))).includes(RULE), false);
  });
});

describe('the real source tree', () => {
  it('has no lint errors, so it obeys the dependency rule', async () => {
    const results = await eslint.lintFiles(['src']);
    assert.ok(results.length > 40, `only ${results.length} files linted`);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId ?? ''} ${m.message}`));
    assert.deepEqual(errors, []);
  });
});
