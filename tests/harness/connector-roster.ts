// Member look-ups as answered by the Teams Connector (TeamsInfo.getMember / getMembers / getPagedMembers).
// One roster serves every conversation id: Teams looks channel members up under the team id.
import type { RosterMember } from './connector-types.js';

export interface RosterAnswer {
  status: number;
  body: unknown;
}

const NOT_FOUND = {
  error: { code: 'MemberNotFoundInConversation', message: 'The specified member was not found in the conversation.' },
};

const DEFAULT_PAGE_SIZE = 500;

export class Roster {
  private readonly members = new Map<string, RosterMember>();

  add(member: RosterMember): void {
    this.members.set(member.id, member);
  }

  /** Teams accepts both the `29:` user id and the AAD object id here. */
  getMember(memberId: string): RosterAnswer {
    const found = [...this.members.values()].find((m) => m.id === memberId || m.aadObjectId === memberId);
    if (found === undefined) {
      return { status: 404, body: { error: { ...NOT_FOUND.error, message: `${NOT_FOUND.error.message} (${memberId})` } } };
    }
    return { status: 200, body: toAccount(found) };
  }

  getMembers(): RosterAnswer {
    return { status: 200, body: [...this.members.values()].map(toAccount) };
  }

  /** Continuation tokens are plain offsets; good enough to exercise a paging loop. */
  getPagedMembers(pageSize: number | undefined, continuationToken: string | undefined): RosterAnswer {
    const all = [...this.members.values()];
    const size = pageSize !== undefined && Number.isFinite(pageSize) && pageSize > 0 ? pageSize : DEFAULT_PAGE_SIZE;
    const start = continuationToken === undefined ? 0 : Number(continuationToken);
    if (!Number.isInteger(start) || start < 0) {
      return { status: 400, body: { error: { code: 'BadArgument', message: 'Invalid continuation token' } } };
    }
    const end = start + size;
    return {
      status: 200,
      body: {
        members: all.slice(start, end).map(toAccount),
        ...(end < all.length ? { continuationToken: String(end) } : {}),
      },
    };
  }
}

/** Shape of a TeamsChannelAccount on the wire. */
function toAccount(member: RosterMember): Record<string, unknown> {
  return {
    id: member.id,
    name: member.name,
    aadObjectId: member.aadObjectId,
    email: member.email,
    userPrincipalName: member.userPrincipalName,
    givenName: member.givenName,
    surname: member.surname,
    tenantId: member.tenantId,
    userRole: 'user',
  };
}
