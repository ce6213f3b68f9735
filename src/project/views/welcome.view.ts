import type { Catalog } from '../../i18n';

export interface WelcomeView {
  readonly title: string;
  readonly intro: string;
  readonly howToStart: string;
}

export const toWelcomeView = (t: Catalog): WelcomeView => ({ ...t.welcome });
