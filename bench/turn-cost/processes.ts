// A server under test as a child process: started, timed to ready, measured (CPU time and peak
// RSS from /proc, so the figures are the process's own, not the load generator's) and stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LISTENING = /http:\/\/localhost:(\d+)\/api\/messages/;
const START_TIMEOUT_MS = 60_000;
/** Linux reports CPU time in clock ticks of 1/100 s. */
const TICKS_PER_SECOND = 100;

/** The node arguments of `npm start` (its flags and the built entry point), so the bench starts the bot as production does. */
export function botStartArgs(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [command, ...args] = (pkg.scripts['start'] ?? '').split(/\s+/);
  if (command !== 'node' || args.length === 0) throw new Error(`npm start is not "node … <entry>": ${pkg.scripts['start']}`);
  return args;
}

export interface ServerProcess {
  readonly name: string;
  readonly port: number;
  readonly pid: number;
  /** Spawn to the line saying where it listens, in ms. */
  readonly startMs: number;
  /** `performance.now()` when that line came. */
  readonly readyAt: number;
  /** User + system CPU time so far, in ms. */
  cpuMs(): number;
  /** Peak resident set size so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export function startProcess(name: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<ServerProcess> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name}: not listening within ${START_TIMEOUT_MS} ms; ${err}`));
    }, START_TIMEOUT_MS);
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}: ${err.slice(-2000)}`));
    };
    child.stderr?.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-10_000)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const port = LISTENING.exec(out)?.[1];
      if (port === undefined) return;
      const startMs = performance.now() - startedAt;
      clearTimeout(timer);
      child.off('exit', onExit);
      out = '';
      // From here on the output is only drained: the bot logs one line per turn.
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolve(running(name, child, Number(port), startMs));
    });
    child.once('exit', onExit);
  });
}

function running(name: string, child: ChildProcess, port: number, startMs: number): ServerProcess {
  const pid = child.pid ?? 0;
  return {
    name,
    port,
    pid,
    startMs,
    readyAt: performance.now(),
    cpuMs: () => {
      // Fields after the command name (which is in parentheses): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    },
    peakRssMb: () => {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return Number(match?.[1] ?? NaN) / 1024;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
