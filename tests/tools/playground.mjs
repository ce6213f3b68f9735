#!/usr/bin/env node
// `npm run playground`: starts Microsoft 365 Agents Playground against the local bot.
// Extra arguments are passed on, e.g. `npm run playground -- -p 56151`.
// Set TEAMSAPPTESTER_BROWSER=none to start it without opening a browser.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const isWindows = process.platform === 'win32';
const bin = join(root, 'node_modules', '.bin', isWindows ? 'agentsplayground.cmd' : 'agentsplayground');
if (!existsSync(bin)) {
  console.error(`Agents Playground niet gevonden (${bin}); voer eerst \`npm install\` uit.`);
  console.error('Agents Playground not found; run `npm install` first.');
  process.exit(1);
}

const endpoint = `http://localhost:${process.env.PORT || 3978}/api/messages`;
const args = ['-e', endpoint, '-c', 'msteams', '--disable-telemetry', ...process.argv.slice(2)];
const config = process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH || join(root, '.m365agentsplayground.yml');
const env = { ...process.env, APPLICATION_INSIGHTS_NO_STATSBEAT: 'true', M365_AGENTS_PLAYGROUND_CONFIG_PATH: config };

console.log(`Agents Playground start met ${config} en praat met de bot op ${endpoint}.`);
console.log(`Starting Agents Playground with ${config}, talking to the bot at ${endpoint}.`);

// On Windows a .cmd needs a shell; quote the arguments for it.
const child = isWindows
  ? spawn(`"${bin}"`, args.map((a) => `"${a}"`), { cwd: root, env, stdio: 'inherit', shell: true })
  : spawn(bin, args, { cwd: root, env, stdio: 'inherit' });

const forward = (signal) => () => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward(signal));

child.on('error', (err) => {
  console.error(err.message);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
