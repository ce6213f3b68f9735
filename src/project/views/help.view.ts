import type { Catalog } from '../../i18n';
import type { Role } from '../domain/project';

export interface HelpView {
  readonly title: string;
  readonly intro: string;
  readonly commands: readonly { readonly command: string; readonly explanation: string }[];
}

type CommandName = keyof Catalog['help']['commands'];

const FOR_ROLE: Record<Role | 'none', readonly CommandName[]> = {
  none: ['newProject', 'help'],
  participant: ['status', 'problemList', 'clusters', 'priorityList', 'profile', 'participants', 'organisation', 'document', 'documents', 'showMeeting', 'help'],
  leader: [
    'status', 'problemList', 'addCriterion', 'removeCriterion', 'profile', 'participants', 'addParticipant', 'removeParticipant', 'organisation', 'document', 'documents',
    'openStep', 'extendStep', 'closeStep', 'reopenStep', 'planMeeting', 'startMeeting', 'closeMeeting', 'showMeeting',
    'cluster', 'clusters', 'cause', 'doei', 'openVote', 'closeVote', 'priorityList', 'help',
  ],
};

/** Each caller sees the commands they may use: the leader more than a participant. */
export function toHelpView(t: Catalog, role: Role | 'none'): HelpView {
  return {
    title: t.help.title,
    intro: role === 'none' ? t.help.introNoProject : t.help.intro(t.roles[role]),
    commands: FOR_ROLE[role].map((name) => {
      const [command, explanation] = t.help.commands[name];
      return { command: command ?? name, explanation: explanation ?? '' };
    }),
  };
}
