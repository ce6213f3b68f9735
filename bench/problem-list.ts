import { problemCatalog } from '../src/steps/2-problems/i18n/catalog';
// Builds and renders the step 2 list for 300 participants × 20 problems (6,000 entries):
// ordering, counts, risk matrix and every card, as `lijst` and the pre-meeting post do.
// Run: npx tsx bench/problem-list.ts
import { overviewOf } from '../src/steps/2-problems/domain/prioritisation';
import type { Problem } from '../src/steps/2-problems/domain/problem';
import { nl } from '../src/i18n/nl';
import { cardsDirectory } from '../src/platform/cards/paths';
import { loadCardRenderer } from '../src/platform/cards/card-renderer';
import { renderProblemList } from '../src/steps/2-problems/views/problem-list.cards';

const LEVELS = ['hoog', 'midden', 'laag'] as const;
const KINDS = ['personen', 'objecten', 'beide'] as const;
const problems: Problem[] = Array.from({ length: 6000 }, (_, i) => ({
  type: 'entry', kind: 'problem', id: `problem-${i}`, projectId: 'bench', step: 2, number: i + 1, author: `participant-${i % 300}`,
  organisation: `Organisatie ${i % 25}`, createdAt: new Date(Date.UTC(2026, 11, 1) + i * 1000).toISOString(), updatedAt: '',
  description: `Probleem ${i}: ${'overlast bij het station in de avonduren '.repeat(4)}`.slice(0, 200),
  likelihood: LEVELS[i % 3] ?? 'hoog', consequences: KINDS[(i >> 1) % 3] ?? 'beide', priority: LEVELS[(i >> 2) % 3] ?? 'hoog',
}));
const cards = loadCardRenderer(cardsDirectory());

const runs: number[] = [];
let messages = 0;
let largest = 0;
for (let run = 0; run < 20; run++) {
  const start = performance.now();
  const rendered = renderProblemList(cards, problemCatalog(nl), 'Overlast Stationsplein', overviewOf(problems));
  runs.push(performance.now() - start);
  messages = rendered.length;
  largest = Math.max(...rendered.map((c) => Buffer.byteLength(JSON.stringify(c))));
}
const sorted = [...runs].sort((a, b) => a - b);
const pct = (p: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1);
console.log(`6000 problems → ${messages} messages, largest ${(largest / 1024).toFixed(1)} KB`);
console.log(`first run ${runs[0]?.toFixed(1)} ms; of 20 runs: median ${pct(0.5)} ms, p90 ${pct(0.9)} ms, best ${pct(0)} ms`);
