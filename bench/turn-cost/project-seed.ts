// A step 2 project as the load finds it: its channel bound to it, a leader and the participants
// registered with their organisations, step 1 done and step 2 open until far in the future, and,
// for the large case, entries already there (problems by other people, as a full project holds).
import { newChannelBinding } from '../../src/project/domain/channel-binding';
import { newProject } from '../../src/project/domain/project';
import type { Participant, Project } from '../../src/project/domain/project';
import { personKey, type PersonInfo } from '../../src/kernel/person';
import type { DocumentStore } from '../../src/platform/store/port';
import type { Problem } from '../../src/steps/2-problems/domain/problem';

export const TENANT = 'tenant-bench';
const LEVELS = ['hoog', 'midden', 'laag'] as const;
const CONSEQUENCES = ['personen', 'objecten', 'beide'] as const;

export interface BenchProject {
  readonly projectId: string;
  readonly channelId: string;
  readonly teamId: string;
  readonly people: readonly PersonInfo[];
}

/** Participant `i` of a project (1-based); the leader is person 0. */
export const person = (i: number): PersonInfo => {
  const aadObjectId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return { tenantId: TENANT, aadObjectId, name: `Deelnemer ${i}`, teamsUserId: `29:bench-${i}` };
};

export async function seedProject(store: DocumentStore, name: string, participants: number, existingEntries: number, serviceUrl: string): Promise<BenchProject> {
  const projectId = `project-${name}`;
  const channelId = `19:${name}@thread.tacv2`;
  const teamId = `19:team-${name}@thread.tacv2`;
  const now = new Date();
  const channel = { tenantId: TENANT, teamId, channelId, conversationId: channelId, serviceUrl };
  const base = newProject({ id: projectId, channel, leader: person(0), now });
  const at = now.toISOString();
  const people = Array.from({ length: participants }, (_, i) => person(i + 1));
  const members: Participant[] = people.map((p, i) => ({
    ...p, key: personKey(p), role: 'participant', organisation: `Organisatie ${i % 12}`, organisationAskedAt: at, addedAt: at, addedBy: personKey(person(0)),
  }));
  const deadline = new Date(now.getTime() + 30 * 24 * 3600 * 1000).toISOString();
  const project: Project = {
    ...base,
    profile: null,
    participants: [{ ...(base.participants[0] as Participant), organisation: 'Gemeente' }, ...members],
    steps: base.steps.map((s) => (s.number === 1 ? { ...s, status: 'done' } : s.number === 2 ? { ...s, status: 'open', deadline } : s)),
  };
  await store.create(project);
  await store.create(newChannelBinding(channelId, projectId));
  const authors = Math.max(1, Math.min(participants, 50));
  for (let i = 0; i < existingEntries; i += 100) {
    const batch = Array.from({ length: Math.min(100, existingEntries - i) }, (_, j) => existingProblem(projectId, i + j, people[(i + j) % authors] ?? person(1)));
    await Promise.all(batch.map((p) => store.create(p)));
  }
  if (existingEntries > 0) await store.create({ type: 'entryCounter', id: 'counter-problem', projectId, kind: 'problem', last: existingEntries });
  return { projectId, channelId, teamId, people };
}

function existingProblem(projectId: string, i: number, author: PersonInfo): Problem {
  const at = new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString();
  return {
    type: 'entry', kind: 'problem', id: `problem-seed-${String(i).padStart(5, '0')}`, projectId, step: 2, number: i + 1,
    author: personKey(author), organisation: `Organisatie ${i % 12}`, createdAt: at, updatedAt: at,
    description: `Bestaand probleem ${i}: ${'overlast bij het station in de avonduren '.repeat(5)}`.slice(0, 200),
    likelihood: LEVELS[i % 3] ?? 'hoog', consequences: CONSEQUENCES[(i >> 1) % 3] ?? 'beide', priority: LEVELS[(i >> 2) % 3] ?? 'hoog',
  };
}

/** The problem participant `p` submits as their `n`-th (both 0-based). */
export function submission(p: number, n: number): { description: string; likelihood: string; consequences: string; priority: string } {
  return {
    description: `Overlast bij het station, melding ${n + 1} van deelnemer ${p + 1}: jongeren hangen 's avonds rond de fietsenstalling`,
    likelihood: LEVELS[n % 3] ?? 'hoog',
    consequences: CONSEQUENCES[p % 3] ?? 'beide',
    priority: LEVELS[(n + p) % 3] ?? 'hoog',
  };
}
