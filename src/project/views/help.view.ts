import type { Catalog } from '../../i18n';
import type { Audience, Command } from '../../platform/command';
import type { Role } from '../domain/project';

export interface HelpView {
  readonly title: string;
  readonly intro: string;
  readonly commands: readonly { readonly command: string; readonly explanation: string }[];
}

const SEES: Record<Role | 'none', readonly Audience[]> = {
  none: ['noProject', 'everyone'],
  participant: ['participants', 'everyone'],
  leader: ['participants', 'leader', 'everyone'],
};

/** Each caller sees the commands they may use, as declared: the leader more than a participant; help last. */
export function toHelpView(t: Catalog, role: Role | 'none', commands: readonly Command[]): HelpView {
  const shown = commands.filter((c) => SEES[role].includes(c.audience));
  const ordered = [...shown.filter((c) => c.audience !== 'everyone'), ...shown.filter((c) => c.audience === 'everyone')];
  return {
    title: t.help.title,
    intro: role === 'none' ? t.help.introNoProject : t.help.intro(t.roles[role]),
    commands: ordered.map((c) => {
      const [command, explanation] = c.help[t.locale === 'en' ? 'en' : 'nl'];
      return { command, explanation };
    }),
  };
}
