import { formatDate, type Catalog } from '../../i18n';
import { leaderOf, type Project } from '../domain/project';

export interface ProfileView {
  readonly projectId: string;
  readonly title: string;
  readonly notice: string;
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly descriptionLabel: string;
  readonly description: string;
  readonly canEdit: boolean;
  readonly editLabel: string;
}

/** The profile as every participant sees it; only the leader's copy has the edit button. */
export function toProfileView(t: Catalog, project: Project, canEdit: boolean, notice = ''): ProfileView {
  const p = project.profile;
  const orEmpty = (value: string | null | undefined, format: (v: string) => string = (v) => v): string =>
    value ? format(value) : t.notFilledIn;
  return {
    projectId: project.id,
    title: p?.name ? `${t.profile.title}: ${p.name}` : t.profile.title,
    notice: p ? notice : t.profile.empty,
    facts: [
      { label: t.profile.name, value: orEmpty(p?.name) },
      { label: t.profile.commissioner, value: orEmpty(p?.commissioner) },
      { label: t.profile.startDate, value: orEmpty(p?.startDate, (d) => formatDate(t, d)) },
      { label: t.profile.plannedEndDate, value: orEmpty(p?.plannedEndDate, (d) => formatDate(t, d)) },
      { label: t.profile.leader, value: leaderOf(project).name },
    ],
    descriptionLabel: t.profile.description,
    description: orEmpty(p?.description),
    canEdit,
    editLabel: t.profile.edit,
  };
}
