// `npm run cards`: renders every card template with the Dutch sample data of card-samples.ts to
// docs/cards/<template>.png, with the official Adaptive Cards renderer and the Teams light host
// config, in headless Chromium (Debian: `apt-get install -y chromium`; CHROMIUM_PATH overrides).
// Nothing leaves the machine: every request that is not for localhost is blocked.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { nl } from '../../src/i18n/nl';
import { cardsDirectory } from '../../src/platform/cards/paths';
import { loadCardRenderer } from '../../src/platform/cards/card-renderer';
import { cardSamples } from './card-samples';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'docs', 'cards');
const CARD_WIDTH = 520;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The page: a Teams-like message bubble, the renderer and a small Markdown subset (links, bold, italics). */
const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
  body { margin: 0; background: #f5f5f5; font-family: 'Segoe UI', 'Liberation Sans', 'DejaVu Sans', sans-serif; }
  #card { width: ${CARD_WIDTH}px; margin: 12px; background: #fff; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.2); overflow: hidden; }
  #card a { color: #6264a7; }
  /* Buttons roughly as Teams draws them. */
  #card .ac-pushButton { font: 600 14px 'Segoe UI', 'Liberation Sans', 'DejaVu Sans', sans-serif; padding: 5px 12px; border: 1px solid #d1d1d1; border-radius: 4px; background: #fff; color: #242424; }
  #card .ac-pushButton.style-positive, #card .ac-pushButton.primary { background: #5b5fc7; border-color: #5b5fc7; color: #fff; }
</style></head><body><div id="card"></div></body></html>`;

const RENDER_SCRIPT = `
  window.renderCard = (card, hostConfig) => {
    // Cards carry angle brackets as entities (as Teams needs them); those are shown, not escaped again.
    const escape = (s) => s.replace(/&(?!(?:lt|gt|amp|quot|#\\d+);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
      // A backslash makes the next character literal (the renderer escapes all user text so).
      const literal = [];
      result.outputHtml = escape(text)
        .replace(/\\\\([!-\\/:-@\\[-\`{-~])/g, (_m, c) => '\\u0000' + (literal.push(c) - 1) + '\\u0000')
        .replace(/\\[([^\\]]+)\\]\\(([^)\\s]+)\\)/g, '<a href="$2">$1</a>')
        .replace(/\\*\\*([^*]+)\\*\\*/g, '<strong>$1</strong>')
        .replace(/(^|\\s)_([^_]+)_(?=\\s|$)/g, '$1<em>$2</em>')
        .replace(/\\u0000(\\d+)\\u0000/g, (_m, i) => literal[Number(i)])
        .replace(/\\n/g, '<br>');
      result.didProcess = true;
    };
    const adaptive = new AdaptiveCards.AdaptiveCard();
    adaptive.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
    adaptive.parse(card);
    const element = adaptive.render();
    document.getElementById('card').replaceChildren(element);
  };
`;

async function main(): Promise<void> {
  const renderer = loadCardRenderer(cardsDirectory());
  const hostConfig = JSON.parse(readFileSync(join(ROOT, 'tests', 'schemas', 'teams-hostconfig-light.json'), 'utf8')) as object;
  const library = readFileSync(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Playwright gives the browser a fresh temporary profile of its own.
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ deviceScaleFactor: 1, viewport: { width: CARD_WIDTH + 24, height: 900 } });
    await context.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      return ['localhost', '127.0.0.1', '[::1]'].includes(host) ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    await page.setContent(PAGE);
    await page.addStyleTag({ content: readFileSync(require.resolve('adaptivecards/dist/adaptivecards.css'), 'utf8') });
    await page.addScriptTag({ content: library });
    await page.addScriptTag({ content: RENDER_SCRIPT });
    mkdirSync(OUT, { recursive: true });
    const seen = new Map<string, number>();
    for (const sample of await cardSamples(nl, renderer)) {
      const card = renderer.render(sample.template, sample.view);
      await page.evaluate(([c, h]) => (window as unknown as { renderCard: (card: unknown, host: unknown) => void }).renderCard(c, h), [card, hostConfig] as const);
      // A second sample of a template (another state of the same card) gets "-2".
      const count = (seen.get(sample.template) ?? 0) + 1;
      seen.set(sample.template, count);
      const name = `${sample.template}${count > 1 ? `-${count}` : ''}.png`;
      writeFileSync(join(OUT, name), await page.locator('#card').screenshot({ animations: 'disabled' }));
      process.stdout.write(`${name}: ${sample.caption}\n`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run cards: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
