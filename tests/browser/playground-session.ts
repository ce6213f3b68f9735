// The real bot behind the Microsoft 365 Agents Playground (the project's dev dependency, started
// the way `npm run playground` does), driven by Debian's Chromium through playwright-core. Only
// localhost is reachable: every other request is blocked.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startBot, type RunningBot } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/kernel/log';

const ROOT = join(__dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUTPUT = join(ROOT, 'test-output', 'browser');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A free TCP port on localhost. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForPing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`the playground stopped:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the playground did not answer ${url}:\n${output()}`);
}

export interface PlaygroundSession {
  readonly page: Page;
  readonly bot: RunningBot;
  /** What `npm run playground`'s launcher and the playground printed. */
  output(): string;
  /** Posts a new message in the current channel, @mentioning the bot (and people, picked like a user would). */
  post(text: string, mentions?: readonly string[]): Promise<void>;
  /** The last card (rendered by the playground) whose text contains `text`. */
  card(text: string | RegExp): Locator;
  screenshot(name: string, target?: Locator): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts the bot on a random port, then `npm run playground`'s launcher with PORT set to it (the
 * way a developer passes a non-default port on), then Chromium on the playground.
 */
export async function startPlaygroundSession(): Promise<PlaygroundSession> {
  const data = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-browser-'));
  const bot = await startBot({ config: loadConfig({ PORT: '0', SQLITE_PATH: join(data, 'store.db'), LOG_LEVEL: 'warn' }), log: createLogger('warn') });
  const playgroundPort = await freePort();
  let output = '';
  const child = spawn(process.execPath, [join(ROOT, 'tests', 'tools', 'playground.mjs'), '-p', String(playgroundPort)], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(bot.port), TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stopChild = (): void => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  let browser: Browser | undefined;
  try {
    await waitForPing(`http://127.0.0.1:${playgroundPort}/_debug/ping`, child, () => output);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'nl-NL' });
    await context.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      return ['localhost', '127.0.0.1', '[::1]'].includes(host) ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`http://127.0.0.1:${playgroundPort}/`);
    // The playground is ready once it shows the configured user.
    await page.getByText('Marieke de Vries (Gemeente Havenstad, OOV)').first().waitFor();
    await page.getByText('Overlast Stationsplein', { exact: true }).first().click();
    mkdirSync(OUTPUT, { recursive: true });
    const opened = browser;
    return {
      page,
      bot,
      output: () => output,
      async post(text, mentions = []) {
        const box = page.locator('[data-lexical-editor="true"][role="textbox"]').first();
        await box.click();
        await page.keyboard.type('@Veiligh');
        await page.getByRole('menuitem', { name: 'Veiligheidsplanner' }).click();
        await page.keyboard.type(` ${text}`);
        for (const person of mentions) {
          await page.keyboard.type(` @${person.slice(0, 5)}`);
          await page.getByRole('menuitem', { name: new RegExp(`^${person}`) }).click();
        }
        await page.getByRole('button', { name: 'Post' }).click();
      },
      card: (text) => page.locator('.ac-adaptiveCard').filter({ hasText: text }).last(),
      async screenshot(name, target) {
        const file = join(OUTPUT, `${name}.png`);
        if (target) await target.screenshot({ path: file, animations: 'disabled' });
        else await page.screenshot({ path: file, animations: 'disabled' });
        return file;
      },
      async stop() {
        await opened.close();
        stopChild();
        await bot.stop();
        rmSync(data, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    stopChild();
    await bot.stop();
    throw error;
  }
}

export const chromiumInstalled = (): boolean => existsSync(CHROMIUM);
