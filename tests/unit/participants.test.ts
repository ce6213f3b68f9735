import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addParticipants, removeParticipant, setOrganisation } from '../../src/project/domain/participants';
import { findParticipant, isLeader, leaderOf, newProject, type Project } from '../../src/project/domain/project';
import { personKey, type PersonInfo } from '../../src/kernel/person';
import { TEXT_LIMITS } from '../../src/kernel/limits';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const created = new Date('2026-09-01T08:00:00Z');
const later = new Date('2026-09-02T09:30:00Z');
const person = (aadObjectId: string, name: string, tenantId = TENANT): PersonInfo => ({ tenantId, aadObjectId, name });

const leader = person('AAAAAAAA-0000-4000-8000-000000000001', 'Fatima el Amrani');
const jan = person('bbbbbbbb-0000-4000-8000-000000000002', 'Jan de Vries');
const otherJan = person('cccccccc-0000-4000-8000-000000000003', 'Jan de Vries');
const els = person('dddddddd-0000-4000-8000-000000000004', 'Els Bakker');

function project(): Project {
  return newProject({
    id: 'project-1',
    channel: { tenantId: TENANT, teamId: 'team-1', channelId: '19:kanaal@thread.tacv2', conversationId: '19:kanaal@thread.tacv2', serviceUrl: 'https://smba.trafficmanager.net/emea/' },
    leader,
    now: created,
  });
}
const leaderKey = personKey(leader);

describe('newProject', () => {
  it('makes the creator leader, organisation unknown, step 1 open and 2–6 not open', () => {
    const p = project();
    assert.equal(p.participants.length, 1);
    assert.deepEqual(leaderOf(p), { ...leader, key: leaderKey, role: 'leader', organisation: null, addedAt: created.toISOString(), addedBy: leaderKey });
    assert.equal(isLeader(p, leaderKey), true);
    assert.deepEqual(p.steps.map((s) => [s.number, s.status, s.deadline]), [
      [1, 'open', null], [2, 'notOpen', null], [3, 'notOpen', null], [4, 'notOpen', null], [5, 'notOpen', null], [6, 'notOpen', null],
    ]);
    assert.equal(p.profile, null);
    assert.equal(p.status, 'active');
    assert.equal(p.projectId, p.id);
  });
});

describe('addParticipants', () => {
  it('adds new people as participants without organisation', () => {
    const out = addParticipants(project(), [jan, els], leaderKey, later);
    assert.deepEqual(out.added.map((p) => [p.name, p.role, p.organisation, p.addedBy, p.addedAt]), [
      ['Jan de Vries', 'participant', null, leaderKey, later.toISOString()],
      ['Els Bakker', 'participant', null, leaderKey, later.toISOString()],
    ]);
    assert.deepEqual(out.alreadyIn, []);
    assert.equal(out.project.participants.length, 3);
    assert.equal(out.project.updatedAt, later.toISOString());
  });

  it('adds the same person only once when named twice in one call', () => {
    const out = addParticipants(project(), [jan, jan], leaderKey, later);
    assert.equal(out.added.length, 1);
    assert.equal(out.project.participants.filter((p) => p.key === personKey(jan)).length, 1);
  });

  it('does not report a person added in this same call as already taking part', () => {
    const out = addParticipants(project(), [jan, jan], leaderKey, later);
    assert.deepEqual(out.alreadyIn, []);
  });

  it('reports people already in the project and leaves the project untouched', () => {
    const first = addParticipants(project(), [jan], leaderKey, created).project;
    const out = addParticipants(first, [jan, leader], leaderKey, later);
    assert.deepEqual(out.added, []);
    assert.deepEqual(out.alreadyIn.map((p) => p.name), ['Jan de Vries', 'Fatima el Amrani']);
    assert.equal(out.project, first);
  });

  it('treats two people with the same display name but other object ids as two people', () => {
    const out = addParticipants(project(), [jan, otherJan], leaderKey, later);
    assert.equal(out.added.length, 2);
    assert.notEqual(out.added[0]?.key, out.added[1]?.key);
  });

  it('matches the object id and tenant case-insensitively', () => {
    const first = addParticipants(project(), [jan], leaderKey, created).project;
    const shouted = person(jan.aadObjectId.toUpperCase(), 'J. de Vries', TENANT.toUpperCase());
    const out = addParticipants(first, [shouted], leaderKey, later);
    assert.deepEqual(out.added, []);
    assert.equal(out.alreadyIn[0]?.key, personKey(jan));
  });

  it('treats the same object id in another tenant as another person', () => {
    const guest = person(jan.aadObjectId, jan.name, '11111111-2222-4333-8444-555555555555');
    const out = addParticipants(addParticipants(project(), [jan], leaderKey, created).project, [guest], leaderKey, later);
    assert.equal(out.added.length, 1);
  });

  it('has no maximum: 500 participants are added, found and removable', () => {
    const many = Array.from({ length: 500 }, (_, i) => person(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `Deelnemer ${i}`));
    const out = addParticipants(project(), many, leaderKey, later);
    assert.equal(out.added.length, 500);
    assert.equal(out.project.participants.length, 501);
    const last = many[499];
    assert.ok(last);
    assert.equal(findParticipant(out.project, personKey(last))?.name, 'Deelnemer 499');
    const removed = removeParticipant(out.project, personKey(last), later);
    assert.equal(removed.ok && removed.value.project.participants.length, 500);
    const again = addParticipants(out.project, many, leaderKey, later);
    assert.equal(again.alreadyIn.length, 500);
  });
});

describe('removeParticipant', () => {
  const withJan = (): Project => addParticipants(project(), [jan, els], leaderKey, created).project;

  it('removes a participant', () => {
    const result = removeParticipant(withJan(), personKey(jan), later);
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.equal(result.value.removed.name, 'Jan de Vries');
    assert.deepEqual(result.value.project.participants.map((p) => p.name), ['Fatima el Amrani', 'Els Bakker']);
    assert.equal(result.value.project.updatedAt, later.toISOString());
  });

  it('refuses the leader', () => {
    assert.deepEqual(removeParticipant(withJan(), leaderKey, later), { ok: false, error: 'isLeader' });
  });

  it('refuses people who do not take part', () => {
    assert.deepEqual(removeParticipant(withJan(), personKey(otherJan), later), { ok: false, error: 'notParticipant' });
  });
});

describe('setOrganisation', () => {
  const withJan = (): Project => addParticipants(project(), [jan], leaderKey, created).project;

  it('stores the trimmed organisation for that person only', () => {
    const result = setOrganisation(withJan(), personKey(jan), '  Politie Eenheid Amsterdam \n', later);
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.equal(findParticipant(result.value, personKey(jan))?.organisation, 'Politie Eenheid Amsterdam');
    assert.equal(leaderOf(result.value).organisation, null);
    assert.equal(result.value.updatedAt, later.toISOString());
  });

  it('lets the leader set an organisation too', () => {
    const result = setOrganisation(withJan(), leaderKey, 'Gemeente Utrecht', later);
    assert.equal(result.ok && leaderOf(result.value).organisation, 'Gemeente Utrecht');
  });

  it('refuses an empty or whitespace-only organisation', () => {
    assert.deepEqual(setOrganisation(withJan(), personKey(jan), '', later), { ok: false, error: 'required' });
    assert.deepEqual(setOrganisation(withJan(), personKey(jan), '  \t ', later), { ok: false, error: 'required' });
  });

  it('accepts exactly the maximum length and refuses one more', () => {
    const max = TEXT_LIMITS.organisation;
    assert.equal(setOrganisation(withJan(), personKey(jan), 'o'.repeat(max), later).ok, true);
    assert.deepEqual(setOrganisation(withJan(), personKey(jan), 'o'.repeat(max + 1), later), { ok: false, error: 'tooLong' });
  });

  it('refuses people who do not take part', () => {
    assert.deepEqual(setOrganisation(withJan(), personKey(els), 'Woonstad', later), { ok: false, error: 'notParticipant' });
  });
});
