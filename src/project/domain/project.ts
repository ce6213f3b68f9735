import type { ChannelRef } from '../../kernel/channel';
import { personKey, type PersonInfo, type PersonKey } from '../../kernel/person';
import type { ProjectProfile } from './profile';
import type { Meeting } from '../../engine';
import { initialSteps, type StepState } from '../../kernel/steps';
import { DEFAULT_LANGUAGE, type Language } from '../../kernel/language';

export type { ChannelRef };

export type Role = 'leader' | 'participant';

export interface Participant extends PersonInfo {
  readonly key: PersonKey;
  readonly role: Role;
  /** Asked once, in a personal message; null until they answer. */
  readonly organisation: string | null;
  /** When the organisation question went to them (absent: not yet), so nobody is asked twice. */
  readonly organisationAskedAt?: string;
  readonly addedAt: string;
  readonly addedBy: PersonKey;
  /** The language of what only this person sees; absent: the project's language. */
  readonly language?: Language;
}

/** The project document: profile, people, step states and meetings. Entries and each step's own state live in documents of their own. */
export interface Project {
  readonly type: 'project';
  readonly id: string;
  /** Equal to id: the project is its own partition. */
  readonly projectId: string;
  readonly status: 'active' | 'archived';
  readonly channel: ChannelRef;
  /** The language of the channel posts, reminders and lists; absent in documents from before it existed: Dutch. */
  readonly language?: Language;
  readonly profile: ProjectProfile | null;
  readonly participants: readonly Participant[];
  readonly steps: readonly StepState[];
  /** The meetings (overleggen) of steps 2, 4, 5 and 6, with their agendas and outcomes. */
  readonly meetings: readonly Meeting[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface NewProjectInput {
  readonly id: string;
  readonly channel: ChannelRef;
  readonly leader: PersonInfo;
  readonly now: Date;
}

export function newProject({ id, channel, leader, now }: NewProjectInput): Project {
  const at = now.toISOString();
  const leaderKey = personKey(leader);
  return {
    type: 'project',
    id,
    projectId: id,
    status: 'active',
    channel,
    language: DEFAULT_LANGUAGE,
    profile: null,
    participants: [
      { ...leader, key: leaderKey, role: 'leader', organisation: null, addedAt: at, addedBy: leaderKey, ...(leader.teamsUserId ? { organisationAskedAt: at } : {}) },
    ],
    steps: initialSteps(),
    meetings: [],
    createdAt: at,
    updatedAt: at,
  };
}

export function leaderOf(project: Project): Participant {
  const leader = project.participants.find((p) => p.role === 'leader');
  if (!leader) throw new Error(`project ${project.id} has no leader`);
  return leader;
}

export function findParticipant(project: Project, key: PersonKey): Participant | undefined {
  return project.participants.find((p) => p.key === key);
}

export function isLeader(project: Project, key: PersonKey): boolean {
  return findParticipant(project, key)?.role === 'leader';
}

export function touch(project: Project, now: Date): Project {
  return { ...project, updatedAt: now.toISOString() };
}
