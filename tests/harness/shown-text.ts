/**
 * What Teams shows for a card text: the renderer escapes every Markdown character with a
 * backslash (so nothing becomes a link, list or heading); a reader sees the characters themselves.
 */
export const shownText = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
