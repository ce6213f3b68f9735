// `npm run package [-- env/.env.dev]`: fills the placeholders of manifest/ from an env file,
// validates the result against the Teams schemas bundled with @microsoft/app-manifest (offline)
// and writes the app package zip for upload to Teams (build/appPackage.<env>.zip).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { unzipSync, zipSync } from 'fflate';

const ROOT = join(__dirname, '..', '..');
const MANIFEST_DIR = join(ROOT, 'manifest');
const PLACEHOLDER = /\$\{\{([A-Za-z0-9_]+)\}\}/g;

export class PackageError extends Error {}

/** KEY=VALUE lines as the Agents Toolkit writes them; `#` comments, optional quotes. */
export function readEnvFile(file: string): Record<string, string> {
  if (!existsSync(file)) throw new PackageError(`env file not found: ${file} (copy env/.env.dev.example to env/.env.dev and fill it in)`);
  const values: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match?.[1] || line.trimStart().startsWith('#')) continue;
    values[match[1]] = (match[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

/** Every `${{NAME}}` in the text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

function fill(text: string, env: Record<string, string>): string {
  // JSON-escape the value: a URL or name must not be able to break the JSON around it.
  return text.replace(PLACEHOLDER, (_m, name: string) => JSON.stringify(env[name] ?? '').slice(1, -1));
}

export interface TeamsPackage {
  readonly zip: Uint8Array;
  readonly manifest: Record<string, unknown>;
  readonly files: Record<string, Uint8Array>;
}

/** The files of the package: the manifest, its localisation files and icons, placeholders filled. */
export async function buildTeamsPackage(env: Record<string, string>): Promise<TeamsPackage> {
  const manifestText = readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8');
  const template = JSON.parse(manifestText) as { localizationInfo?: { additionalLanguages?: { file: string }[] }; icons: { color: string; outline: string } };
  const localisations = (template.localizationInfo?.additionalLanguages ?? []).map((l) => l.file);
  const textFiles = ['manifest.json', ...localisations];
  const texts = Object.fromEntries(textFiles.map((name) => [name, readFileSync(join(MANIFEST_DIR, name), 'utf8')]));

  const missing = placeholdersIn(Object.values(texts).join('\n')).filter((name) => !env[name]?.trim());
  if (missing.length > 0) throw new PackageError(`missing or empty in the env file: ${missing.join(', ')}`);

  const filled = Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, fill(text, env)]));
  const manifest = JSON.parse(filled['manifest.json'] ?? '{}') as Record<string, unknown>;
  const errors = await validate(manifest, Object.fromEntries(localisations.map((name) => [name, JSON.parse(filled[name] ?? '{}') as Record<string, unknown>])));
  if (errors.length > 0) throw new PackageError(`the filled-in manifest does not validate: ${errors.join('; ')}`);

  const files: Record<string, Uint8Array> = {};
  for (const name of textFiles) files[name] = Buffer.from(filled[name] ?? '', 'utf8');
  for (const icon of [template.icons.color, template.icons.outline]) files[icon] = readFileSync(join(MANIFEST_DIR, icon));
  return { zip: zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }), manifest, files };
}

/** The manifest and each localisation file against the schema of the manifest's own version. */
async function validate(manifest: Record<string, unknown>, localisations: Record<string, Record<string, unknown>>): Promise<string[]> {
  const version = String(manifest.manifestVersion);
  const schemaDir = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams', `v${version}`);
  if (!existsSync(schemaDir)) return [`manifestVersion ${version} is not bundled with @microsoft/app-manifest`];
  type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  const schema = (name: string): Schema => JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as Schema;
  // The validator is plain JSON Schema (ajv draft-04); its AppManifest type only narrows the argument.
  const check = (json: Record<string, unknown>, name: string): Promise<string[]> =>
    AppManifestUtils.validateAgainstSchema(json as unknown as AppManifest, schema(name));

  const errors = await check(manifest, 'MicrosoftTeams.schema.json');
  for (const [file, strings] of Object.entries(localisations)) {
    errors.push(...checkLocalisation(strings, schema('MicrosoftTeams.Localization.schema.json') ?? {}).map((e) => `${file}: ${e}`));
    // A key that points at nothing in the manifest is silently ignored by Teams: refuse it here.
    for (const key of Object.keys(strings).filter((k) => k !== '$schema')) {
      if (lookup(manifest, key) === undefined) errors.push(`${file}: ${key} names nothing in manifest.json`);
    }
  }
  return errors;
}

/**
 * The localisation schema's key patterns use `\\b` in a way JavaScript only accepts without the
 * `u` flag, so this validator compiles them without it (the manifest validator cannot).
 */
function checkLocalisation(strings: Record<string, unknown>, schema: object): string[] {
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validateStrings = ajv.compile(schema);
  if (validateStrings(strings)) return [];
  return (validateStrings.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`);
}

/** Follows a localisation key such as `bots[0].commandLists[1].commands[3].title` into the manifest. */
export function lookup(json: unknown, key: string): unknown {
  return key
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), json);
}

/** The entry names of a zip, for checks and for the summary line. */
export function zipEntries(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}

async function main(): Promise<void> {
  const envFile = process.argv[2] ?? join('env', '.env.dev');
  const env = readEnvFile(envFile);
  const name = env.TEAMSFX_ENV || basename(envFile).replace(/^\.env\./, '');
  const built = await buildTeamsPackage(env);
  const out = join(ROOT, 'build', `appPackage.${name}.zip`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, built.zip);
  process.stdout.write(
    `Teams-app-pakket / Teams app package: ${relative(process.cwd(), out)} (${built.zip.length} bytes: ${Object.keys(built.files).join(', ')}), valid against manifest schema v${String(built.manifest.manifestVersion)}\n`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`npm run package: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
