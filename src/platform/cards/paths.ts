import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project folder, found from this file whether it runs from `src/` or from `dist/src/`. */
export function projectRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'cards'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no project folder with cards/ above ${start}`);
    dir = parent;
  }
  return dir;
}

export const cardsDirectory = (): string => join(projectRoot(), 'cards');
