/** An object inside a card: an element, an action, a fact, a choice, a data object. */
export type CardNode = Record<string, unknown>;

/**
 * Every object of a card, each before what it holds, in the card's order; the values under a key in
 * `skip` are not looked into (e.g. `data`, a button's own payload, or `fallback`).
 */
export function cardNodes(card: unknown, skip: readonly string[] = []): CardNode[] {
  const found: CardNode[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as CardNode;
    found.push(record);
    for (const [key, value] of Object.entries(record)) if (!skip.includes(key)) walk(value);
  };
  walk(card);
  return found;
}
