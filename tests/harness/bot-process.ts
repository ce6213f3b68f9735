// The real entry point (`src/index.ts` through tsx) as a child process, for the process tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const LISTENING = /http:\/\/localhost:(\d+)\/api\/messages/;

/**
 * Generous on purpose: spawn to /readyz took 1.4–1.8 s on an idle 2-core machine and 2.3–3.9 s with
 * both cores busy, but a start compiles src/ through tsx and slows down badly when test files run
 * beside it on a loaded machine (20 s was once not enough). These bound a wait; the tests assert
 * what the process does, not how fast it starts.
 */
export const START_TIMEOUT_MS = 60_000;
export const EXIT_TIMEOUT_MS = 60_000;

export interface BotProcess {
  readonly child: ChildProcess;
  readonly port: number;
  /** `performance.now()` at spawn, and milliseconds from then to the first line on stdout. */
  readonly spawnedAt: number;
  readonly firstLineMs: number;
  readonly stdout: () => string;
}

/** The environment of the real entry point: ours, without anything that would switch on auth or Cosmos DB. */
function environment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, STORE_KIND: 'sqlite', MicrosoftAppId: '', MicrosoftAppPassword: '', ...overrides };
  delete env.NODE_TEST_CONTEXT;
  return env;
}

export function spawnBot(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, env: environment(env), stdio: ['ignore', 'pipe', 'pipe'] });
}

export function exited(child: ChildProcess, timeoutMs: number = EXIT_TIMEOUT_MS): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no exit within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
}

/** Starts `src/index.ts` on a free port and resolves once it printed where it listens. */
export function startBotProcess(sqlitePath: string): Promise<BotProcess> {
  const spawnedAt = performance.now();
  const child = spawnBot({ PORT: '0', SQLITE_PATH: sqlitePath });
  let out = '';
  let err = '';
  let firstLineMs: number | undefined;
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`not listening within ${START_TIMEOUT_MS} ms; stdout: ${out} stderr: ${err}`));
    }, START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (firstLineMs === undefined && out.includes('\n')) firstLineMs = performance.now() - spawnedAt;
      const port = LISTENING.exec(out)?.[1];
      if (port !== undefined && firstLineMs !== undefined) {
        clearTimeout(timer);
        done({ child, port: Number(port), spawnedAt, firstLineMs, stdout: () => out });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code}; stderr: ${err}`));
    });
  });
}

/** SIGTERM, then the exit code. */
export function stopBotProcess(bot: BotProcess): Promise<number | null> {
  bot.child.kill('SIGTERM');
  return exited(bot.child);
}
