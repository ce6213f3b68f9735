import { personKey, type PersonInfo, type PersonKey } from '../../kernel/person';
import type { ProjectProfile } from './profile';
import type { Meeting } from '../../engine/domain/meeting';
import type { ProblemCriterion } from '../../steps/2-problems/domain/criteria';
import type { Prioritisation } from '../../steps/2-problems/domain/priority-work';
import { initialSteps, type StepState } from '../../engine/domain/steps';

/** Where a project lives in Teams: one channel of one team in one tenant. */
export interface ChannelRef {
  readonly tenantId: string;
  readonly teamId: string | null;
  readonly channelId: string;
  /** The conversation the bot posts to on its own (the channel's root conversation). */
  readonly conversationId: string;
  readonly serviceUrl: string;
}

export type Role = 'leader' | 'participant';

export interface Participant extends PersonInfo {
  readonly key: PersonKey;
  readonly role: Role;
  /** Asked on the participant's first interaction; null until they answer. */
  readonly organisation: string | null;
  readonly addedAt: string;
  readonly addedBy: PersonKey;
}

/** The project document: profile, people and step states. Entries live in documents of their own. */
export interface Project {
  readonly type: 'project';
  readonly id: string;
  /** Equal to id: the project is its own partition. */
  readonly projectId: string;
  readonly status: 'active' | 'archived';
  readonly channel: ChannelRef;
  readonly profile: ProjectProfile | null;
  readonly participants: readonly Participant[];
  readonly steps: readonly StepState[];
  /** The meetings (overleggen) of steps 2, 4, 5 and 6, with their agendas and outcomes. */
  readonly meetings: readonly Meeting[];
  /** The leader's extra typing criteria for step 2 (S2.2); absent on projects stored before them. */
  readonly problemCriteria?: readonly ProblemCriterion[];
  /** The work of the step 2 prioritisation meeting (S2.4, S2.5); absent on projects stored before it. */
  readonly prioritisation?: Prioritisation | null;
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
    profile: null,
    participants: [
      { ...leader, key: leaderKey, role: 'leader', organisation: null, addedAt: at, addedBy: leaderKey },
    ],
    steps: initialSteps(),
    meetings: [],
    problemCriteria: [],
    prioritisation: null,
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
