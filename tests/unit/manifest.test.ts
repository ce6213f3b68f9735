import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { parse } from 'yaml';
import { buildTeamsPackage, lookup, placeholdersIn, readEnvFile, zipEntries, type TeamsPackage } from '../tools/teams-package';

const root = join(__dirname, '..', '..');
const manifestDir = join(root, 'manifest');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const exampleEnvFile = join(root, 'env', '.env.dev.example');
/** The example env file, with what provision writes filled in as a deployment would. */
const sample: Record<string, string> = {
  ...readEnvFile(exampleEnvFile),
  TEAMS_APP_ID: '3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
  BOT_ID: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  BOT_DOMAIN: 'app-vplanner-k3x9.azurewebsites.net',
};

interface Command { title: string; description?: string }
interface ManifestBot { scopes: string[]; supportsFiles?: boolean; commandLists: { scopes: string[]; commands: Command[] }[] }

async function built(): Promise<TeamsPackage> {
  return buildTeamsPackage(sample);
}

test('every placeholder of the manifest and its localisation is named in env/.env.dev.example', () => {
  const names = Object.keys(readEnvFile(exampleEnvFile));
  for (const file of ['manifest.json', 'en.json']) {
    for (const name of placeholdersIn(readFileSync(join(manifestDir, file), 'utf8'))) assert.ok(names.includes(name), `${file}: \${{${name}}}`);
  }
  const manifest = readFileSync(join(manifestDir, 'manifest.json'), 'utf8');
  for (const name of ['TEAMS_APP_ID', 'BOT_ID', 'BOT_DOMAIN', 'PRIVACY_URL', 'TERMS_OF_USE_URL']) assert.ok(manifest.includes(`\${{${name}}}`), name);
  assert.doesNotMatch(manifest, /example\.(nl|com)/, 'no literal example domain');
});

test('the package from the example env validates offline against the newest bundled schema', async () => {
  const pkg = await built();
  const version = String(pkg.manifest.manifestVersion);
  assert.ok(Number(version.split('.')[1]) >= 30, `manifestVersion ${version} is older than 1.30`);
  assert.ok(String(pkg.manifest.$schema).endsWith(`/v${version}/MicrosoftTeams.schema.json`));
  assert.deepEqual(Object.keys(zipEntries(pkg.zip)).sort(), ['color.png', 'en.json', 'manifest.json', 'outline.png']);
  const manifest = JSON.parse(Buffer.from(zipEntries(pkg.zip)['manifest.json'] ?? []).toString('utf8')) as Record<string, unknown>;
  assert.deepEqual(manifest, pkg.manifest);
  assert.deepEqual((manifest.developer as Record<string, string>).privacyUrl, sample.PRIVACY_URL);
  assert.deepEqual(manifest.validDomains, [sample.BOT_DOMAIN]);
  assert.ok(pkg.zip.length < 50_000, `${pkg.zip.length} bytes`);
});

test('Dutch by default, English from en.json; every English key points into the manifest', async () => {
  const pkg = await built();
  assert.deepEqual(pkg.manifest.localizationInfo, { defaultLanguageTag: 'nl-nl', additionalLanguages: [{ languageTag: 'en', file: 'en.json' }] });
  const en = JSON.parse(Buffer.from(pkg.files['en.json'] ?? []).toString('utf8')) as Record<string, string>;
  for (const key of Object.keys(en).filter((k) => k !== '$schema')) assert.notEqual(lookup(pkg.manifest, key), undefined, key);
  const description = pkg.manifest.description as { full: string };
  assert.doesNotMatch(description.full, /English:/, 'no English squeezed into the Dutch description');
  assert.match(en['description.full'] ?? '', /Local Safety Planner/);
  assert.equal(en['name.short'], 'Veiligheidsplanner', 'people @mention the same name in both languages');
});

test('the package refuses a missing variable and names it', async () => {
  const { PRIVACY_URL: _privacy, ...withoutPrivacy } = sample;
  await assert.rejects(buildTeamsPackage({ ...withoutPrivacy, TERMS_OF_USE_URL: ' ' }), /missing or empty in the env file: PRIVACY_URL, TERMS_OF_USE_URL$/);
});

test('npm run package: exit 1 naming what is missing, else writes the zip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teams-package-'));
  try {
    const run = (envFile: string) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'tests', 'tools', 'teams-package.ts'), envFile], { cwd: root, encoding: 'utf8' });
    const incomplete = run(exampleEnvFile);
    assert.equal(incomplete.status, 1);
    assert.equal(incomplete.stderr.trim(), 'npm run package: missing or empty in the env file: TEAMS_APP_ID, BOT_ID, BOT_DOMAIN');

    const envFile = join(dir, '.env.ci');
    writeFileSync(envFile, Object.entries({ ...sample, TEAMSFX_ENV: `ci-${process.pid}` }).map(([k, v]) => `${k}=${v}`).join('\n'));
    const done = run(envFile);
    assert.equal(done.status, 0, done.stderr);
    const zip = join(root, 'build', `appPackage.ci-${process.pid}.zip`);
    try {
      assert.match(done.stdout, /valid against manifest schema v1\.\d+/);
      assert.deepEqual(Object.keys(zipEntries(readFileSync(zip))).sort(), ['color.png', 'en.json', 'manifest.json', 'outline.png']);
    } finally {
      rmSync(zip, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** `nieuw project [naam]` → `nieuw project`: the fixed words a command starts with. */
function commandHead(cell: string): string {
  const words: string[] = [];
  for (const word of cell.replace(/`/g, '').trim().split(/\s+/)) {
    if (/^[[<@]|^N$|^\d|…/.test(word)) break;
    words.push(word);
  }
  return words.join(' ');
}

/** The README's command table: Dutch and English heads of every row. */
function readmeCommands(): { nl: string; en: string }[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| Command | English |'));
  return table
    .split('\n')
    .slice(2)
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [nl = '', en = ''] = line.split('|').slice(1, 3);
      return { nl: commandHead(nl), en: commandHead(en) };
    });
}

test('command lists per scope match the README command table; personal chat only offers help', async () => {
  const pkg = await built();
  const bot = (pkg.manifest.bots as ManifestBot[])[0];
  assert.ok(bot);
  assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
  assert.notEqual(bot.supportsFiles, true, 'Teams does not pass channel files to bots; personal chat handles nothing');
  const byScope = Object.fromEntries(bot.commandLists.map((list, index) => [list.scopes.join(), { list, index }]));
  assert.deepEqual(Object.keys(byScope).sort(), ['groupChat', 'personal', 'team']);

  const en = JSON.parse(Buffer.from(pkg.files['en.json'] ?? []).toString('utf8')) as Record<string, string>;
  const readme = readmeCommands();
  assert.ok(readme.length >= 20, `README table has ${readme.length} commands`);
  for (const scope of ['team', 'groupChat', 'personal']) {
    const { list, index } = byScope[scope] ?? assert.fail(scope);
    list.commands.forEach((command, i) => {
      const row = readme.find((r) => r.nl === command.title);
      assert.ok(row, `${scope}: "${command.title}" is not a command in the README table`);
      assert.equal(en[`bots[0].commandLists[${index}].commands[${i}].title`], row.en, `${scope}: English title of "${command.title}"`);
      assert.ok(en[`bots[0].commandLists[${index}].commands[${i}].description`], `${scope}: English description of "${command.title}"`);
      assert.ok(command.description, `${scope}: Dutch description of "${command.title}"`);
    });
  }
  const titles = (scope: string): string[] => byScope[scope]?.list.commands.map((c) => c.title) ?? [];
  assert.deepEqual(titles('groupChat'), titles('team'));
  for (const needed of ['nieuw project', 'status', 'lijst', 'help']) assert.ok(titles('team').includes(needed), needed);
  assert.deepEqual(titles('personal'), ['help']);
});

interface Png { width: number; height: number; colourType: number; pixels: Buffer }

/** Minimal PNG reader for 8-bit, non-interlaced images: IHDR plus unfiltered RGBA rows. */
function readPng(file: string): Png {
  const buf = readFileSync(file);
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(buf.toString('ascii', 12, 16), 'IHDR');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const colourType = buf[25] ?? -1;
  const idat: Buffer[] = [];
  for (let o = 8; o < buf.length; ) {
    const len = buf.readUInt32BE(o);
    if (buf.toString('ascii', o + 4, o + 8) === 'IDAT') idat.push(buf.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const pixels = Buffer.alloc(0);
  if (colourType !== 6 || buf[24] !== 8 || buf[28] !== 0) return { width, height, colourType, pixels };
  const raw = inflateSync(Buffer.concat(idat));
  const bpp = 4;
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter ?? 0] ?? 0;
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return { width, height, colourType, pixels: out };
}

test('colour icon is 192×192', () => {
  const png = readPng(join(manifestDir, 'color.png'));
  assert.equal(png.width, 192);
  assert.equal(png.height, 192);
});

test('outline icon is 32×32, white on transparent', () => {
  const png = readPng(join(manifestDir, 'outline.png'));
  assert.equal(png.width, 32);
  assert.equal(png.height, 32);
  assert.equal(png.colourType, 6, 'RGBA, so it has transparency');
  let transparent = 0;
  for (let i = 0; i < png.pixels.length; i += 4) {
    if (png.pixels[i + 3] === 0) transparent++;
    else assert.deepEqual([...png.pixels.subarray(i, i + 3)], [255, 255, 255], `pixel ${i / 4} is not white`);
  }
  assert.ok(transparent > 0 && transparent < 32 * 32, 'has both transparent and white pixels');
});

interface PlaygroundUser { id: string; name: string; userPrincipleName: string; aadObjectId: string; email: string }
interface PlaygroundConfig {
  version: string;
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  team: { id: string; name: string; channels: { id: string; name: string }[] };
}

test('Agents Playground config: Havenstad team, leader and partners', () => {
  const config = parse(readFileSync(join(root, '.m365agentsplayground.yml'), 'utf8')) as PlaygroundConfig;
  assert.equal(config.version, '0.1.1');
  assert.match(config.tenantId, UUID);
  assert.ok(config.users.length >= 5);

  // The Playground always adds General (its conversation id is the team id); at most one more channel.
  assert.ok(config.team.id);
  assert.equal(config.team.channels.length, 1);
  assert.equal(config.team.channels[0]?.name, 'Overlast Stationsplein');
  assert.ok(!config.team.channels.some((c) => c.name === 'General'));

  assert.match(config.currentUser.name, /Gemeente Havenstad/);
  const names = config.users.map((u) => u.name).join('\n');
  for (const org of [/Politie/, /Woonstede Havenstad/, /Jongerenwerk/, /Winkeliersvereniging/]) assert.match(names, org);

  const people = [config.currentUser, ...config.users];
  const tenantDomain = config.currentUser.userPrincipleName.split('@')[1];
  for (const person of people) {
    assert.match(person.aadObjectId, UUID, person.name);
    // Entra ID accounts of the same tenant: members and (partner) guests share its domain.
    assert.equal(person.userPrincipleName.split('@').at(-1), tenantDomain, person.name);
  }
  assert.equal(new Set(people.map((p) => p.aadObjectId)).size, people.length);
  assert.equal(new Set(people.map((p) => p.id)).size, people.length);
});
