import type { Refusal } from '../app/project-access';
import type { Catalog } from '../../i18n';

/** The polite Dutch (or English) line for each reason a request is refused. */
export function refusalText(t: Catalog, refusal: Refusal): string {
  switch (refusal.kind) {
    case 'noProject':
      return t.project.noProject;
    case 'wrongProject':
      return t.access.wrongProject;
    case 'notParticipant':
      return t.access.notParticipant(refusal.leaderName);
    case 'notLeader':
      return t.access.notLeader(refusal.leaderName);
    case 'conflict':
      return t.input.conflict;
  }
}
