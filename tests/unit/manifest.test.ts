import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { parse } from 'yaml';

const root = join(__dirname, '..', '..');
const manifestDir = join(root, 'manifest');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const sample: Record<string, string> = {
  TEAMS_APP_ID: '3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
  BOT_ID: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  BOT_DOMAIN: 'veiligheidsplanner-app.azurewebsites.net',
};

function loadManifest(): Record<string, unknown> {
  const text = readFileSync(join(manifestDir, 'manifest.json'), 'utf8');
  const filled = text.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_m, name: string) => {
    const value = sample[name];
    assert.ok(value, `unknown placeholder \${{${name}}}`);
    return value;
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

test('manifest uses the Teams Toolkit placeholders', () => {
  const text = readFileSync(join(manifestDir, 'manifest.json'), 'utf8');
  for (const name of Object.keys(sample)) assert.ok(text.includes(`\${{${name}}}`), name);
});

test('manifest is valid against its bundled Teams schema', async () => {
  const manifest = loadManifest();
  const version = String(manifest.manifestVersion);
  assert.ok(Number(version.split('.')[1]) >= 19, `manifestVersion ${version} is older than 1.19`);
  // Load the schema from the package itself, so the check never needs the network.
  const pkgDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const schemaFile = join(pkgDir, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  assert.ok(String(manifest.$schema).endsWith(`/v${version}/MicrosoftTeams.schema.json`));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest, schema);
  assert.deepEqual(errors, []);
});

test('manifest bot: scopes, files and Dutch command lists per scope', () => {
  const manifest = loadManifest() as {
    bots: { scopes: string[]; supportsFiles: boolean; commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
    validDomains: string[];
  };
  const bot = manifest.bots[0];
  assert.ok(bot);
  assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
  assert.equal(bot.supportsFiles, true);
  const expected = [
    'nieuw project', 'profiel', 'deelnemers', 'deelnemer toevoegen', 'deelnemer verwijderen',
    'organisatie', 'document', 'documenten', 'help',
  ];
  assert.deepEqual(bot.commandLists.map((l) => l.scopes.join()).sort(), ['groupChat', 'personal', 'team']);
  for (const list of bot.commandLists) assert.deepEqual(list.commands.map((c) => c.title), expected);
  assert.deepEqual(manifest.validDomains, [sample.BOT_DOMAIN]);
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
