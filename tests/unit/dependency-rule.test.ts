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

const DOMAIN_FILES = ['src/steps/2-problems/domain/x.ts', 'src/engine/domain/x.ts', 'src/project/domain/x.ts', 'src/kernel/x.ts'];

describe('dependency rule: domain folders and the kernel are pure', () => {
  const forbidden = [
    'botbuilder',
    'botbuilder-core',
    'botframework-connector',
    '@microsoft/teams-ai',
    'restify',
    '@azure/cosmos',
    '@azure/identity',
    '@azure/monitor-opentelemetry',
    'better-sqlite3',
    'node:sqlite',
    'adaptivecards-templating',
    'node-cron',
    '../app/submit-problem',
    '../routes/problem-routes',
    '../views/problem-form.view',
    '../../../platform/cards/card-renderer',
    '../../../platform/store/port',
    '../i18n/nl',
    '../../../config',
    '../../../server',
  ];
  for (const file of DOMAIN_FILES) {
    for (const source of forbidden) {
      it(`refuses ${source} in ${file}`, async () => {
        assert.ok((await rulesFor(file, importing(source))).includes(RULE));
      });
    }
  }

  it('refuses the exact TurnContext import, also as a type-only import and in a nested folder', async () => {
    const file = 'src/engine/domain/x.ts';
    assert.ok((await rulesFor(file, "import { TurnContext } from 'botbuilder';\nexport const c = TurnContext;\n")).includes(RULE));
    assert.ok((await rulesFor(file, "import type { TurnContext } from 'botbuilder';\nexport type C = TurnContext;\n")).includes(RULE));
    assert.ok((await rulesFor('src/engine/domain/rules/x.ts', importing('botbuilder'))).includes(RULE));
  });

  it('allows other domain files, the kernel and pure libraries', async () => {
    assert.deepEqual(await rulesFor('src/engine/domain/x.ts', importing('./steps')), []);
    assert.deepEqual(await rulesFor('src/engine/domain/x.ts', importing('../../kernel/result')), []);
    assert.deepEqual(await rulesFor('src/engine/domain/x.ts', importing('node:crypto')), []);
  });

  it('refuses a folder import of an outer layer', async () => {
    assert.ok((await rulesFor('src/engine/domain/x.ts', importing('../app'))).includes(RULE));
    assert.ok((await rulesFor('src/kernel/x.ts', importing('../platform'))).includes(RULE));
  });

  it('refuses a dynamic import of a framework or driver', async () => {
    assert.ok((await rulesFor('src/engine/domain/x.ts', "export const load = () => import('botbuilder');\n")).includes('no-restricted-syntax'));
    assert.ok((await rulesFor('src/kernel/x.ts', "export const load = () => import('better-sqlite3');\n")).includes('no-restricted-syntax'));
    assert.ok((await rulesFor('src/steps/2-problems/app/x.ts', "export const load = () => import('@microsoft/teams-ai');\n")).includes('no-restricted-syntax'));
    assert.deepEqual(await rulesFor('src/platform/teams/x.ts', "export const load = () => import('botbuilder');\n"), []);
  });
});

describe('dependency rule: the store port, never an adapter', () => {
  for (const file of ['src/steps/2-problems/app/x.ts', 'src/project/views/x.ts', 'src/platform/teams/x.ts', 'src/engine/jobs/x.ts']) {
    it(`keeps ${file} on the port`, async () => {
      assert.ok((await rulesFor(file, importing('../store/sqlite/sqlite-store'))).includes(RULE), file);
      assert.ok((await rulesFor(file, importing('../store/cosmos/cosmos-store'))).includes(RULE), file);
      assert.deepEqual(await rulesFor(file, importing('../store/port')), [], file);
    });
  }
});

describe('dependency rule: only src/platform/teams and src/server.ts know botbuilder', () => {
  for (const file of ['src/steps/2-problems/app/x.ts', 'src/engine/views/x.ts', 'src/platform/store/x.ts', 'src/platform/outbox/x.ts', 'src/i18n/x.ts', 'src/compose.ts', 'src/config.ts']) {
    it(`refuses botbuilder and teams-ai in ${file}`, async () => {
      assert.ok((await rulesFor(file, importing('botbuilder'))).includes(RULE));
      assert.ok((await rulesFor(file, importing('@microsoft/teams-ai'))).includes(RULE));
    });
  }

  for (const file of ['src/platform/teams/x.ts', 'src/platform/teams/routes/x.ts', 'src/server.ts']) {
    it(`allows botbuilder in ${file}`, async () => {
      assert.equal((await rulesFor(file, importing('botbuilder'))).includes(RULE), false);
      assert.equal((await rulesFor(file, importing('@microsoft/teams-ai'))).includes(RULE), false);
    });
  }

  it('keeps infrastructure in the platform', async () => {
    assert.equal((await rulesFor('src/platform/store/x.ts', importing('@azure/cosmos'))).includes(RULE), false);
    assert.equal((await rulesFor('src/platform/cards/x.ts', importing('adaptivecards-templating'))).includes(RULE), false);
    assert.ok((await rulesFor('src/steps/2-problems/views/x.ts', importing('adaptivecards-templating'))).includes(RULE));
    assert.ok((await rulesFor('src/engine/app/x.ts', importing('node-cron'))).includes(RULE));
  });
});

describe('dependency rule: slices are reached through their index, without cycles', () => {
  const ZONES = 'import-x/no-restricted-paths';

  it('refuses a deep import into another slice, allows its index', async () => {
    assert.ok((await rulesFor('src/engine/app/x.ts', importing('../../project/app/project-access'))).includes(ZONES));
    assert.ok((await rulesFor('src/steps/2-problems/app/x.ts', importing('../../../engine/domain/meetings'))).includes(ZONES));
    assert.ok((await rulesFor('src/platform/teams/x.ts', importing('../../steps/2-problems/commands'))).includes(ZONES));
    assert.equal((await rulesFor('src/engine/app/x.ts', importing('../../project'))).includes(ZONES), false);
    assert.equal((await rulesFor('src/steps/2-problems/app/x.ts', importing('../domain/problem'))).includes(ZONES), false);
  });

  it('refuses an import that closes a cycle', async () => {
    // The project's index reaches the profile rules through its routes; the profile importing the index closes the loop.
    const rules = await rulesFor('src/project/domain/profile.ts', "import { PROJECT_COMMANDS } from '../index';\nexport const all = PROJECT_COMMANDS;\n");
    assert.ok(rules.includes('import-x/no-cycle'), rules.join(', '));
  });
});
