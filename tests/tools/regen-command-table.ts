import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_COMMANDS } from '../../src/features';
import { commandTableMarkdown } from '../harness/command-docs';

/** Writes the README command table from the declarations: `npx tsx tests/tools/regen-command-table.ts`. */
const path = resolve(__dirname, '..', '..', 'README.md');
const readme = readFileSync(path, 'utf8');
writeFileSync(path, readme.replace(/(<!-- commands:start -->\n)[\s\S]*?(\n<!-- commands:end -->)/, `$1${commandTableMarkdown(ALL_COMMANDS)}$2`));
