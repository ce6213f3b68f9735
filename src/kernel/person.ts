/**
 * A person is known by tenant + Entra object id, never by display name:
 * names change and two people can share one.
 */
export interface PersonRef {
  readonly tenantId: string;
  readonly aadObjectId: string;
}

/** A person as the channel shows them, with the Teams user id needed to @mention them later. */
export interface PersonInfo extends PersonRef {
  readonly name: string;
  readonly teamsUserId?: string;
}

export type PersonKey = string;

export function personKey(person: PersonRef): PersonKey {
  return `${person.tenantId.toLowerCase()}:${person.aadObjectId.toLowerCase()}`;
}
