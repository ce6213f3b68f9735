import type { Catalog } from '../../i18n';
import { TEXT_LIMITS } from '../../kernel/limits';
import type { FormFieldView } from '../../kernel/form-field';

export interface OrganisationFormView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  /** Once answered: the answer, on the card itself. */
  readonly notice: string;
  readonly saveLabel: string;
  readonly organisation: FormFieldView;
}

export interface OrganisationFormInput {
  readonly projectId: string;
  readonly personName: string;
  /** Asked in a personal chat, so the card says which project it is about. */
  readonly projectName: string;
  readonly typed?: string;
  readonly error?: string;
  /** The organisation just saved: the card shows it (and can still change it). */
  readonly saved?: string;
}

export function toOrganisationFormView(t: Catalog, input: OrganisationFormInput): OrganisationFormView {
  const typed = input.saved ?? input.typed ?? '';
  return {
    projectId: input.projectId,
    title: t.organisation.title,
    intro: t.organisation.intro(input.personName, input.projectName),
    notice: input.saved !== undefined ? t.organisation.saved(input.saved) : '',
    saveLabel: t.organisation.save,
    organisation: {
      label: t.organisation.label,
      value: typed.slice(0, TEXT_LIMITS.organisation),
      error: input.error ?? '',
      maxLength: TEXT_LIMITS.organisation,
      requiredMessage: t.organisation.required,
      placeholder: t.organisation.placeholder,
    },
  };
}
