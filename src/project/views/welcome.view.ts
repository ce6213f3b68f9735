import type { Catalog } from '../../i18n';

export interface WelcomeView {
  readonly title: string;
  readonly intro: string;
  readonly howToStart: string;
}

/** In a channel: start a project here. In a personal chat: go to the project's channel. */
export const toWelcomeView = (t: Catalog, inPersonalChat = false): WelcomeView => ({
  title: t.welcome.title,
  intro: t.welcome.intro,
  howToStart: inPersonalChat ? t.welcome.howToStartPersonal : t.welcome.howToStart,
});
