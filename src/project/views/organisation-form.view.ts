import type { Catalog } from '../../i18n';
import { TEXT_LIMITS } from '../../kernel/limits';
import type { FormFieldView } from '../../kernel/form-field';

export interface OrganisationFormView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly saveLabel: string;
  readonly organisation: FormFieldView;
}

export function toOrganisationFormView(
  t: Catalog,
  projectId: string,
  personName: string,
  typed = '',
  error = '',
): OrganisationFormView {
  return {
    projectId,
    title: t.organisation.title,
    intro: t.organisation.intro(personName),
    saveLabel: t.organisation.save,
    organisation: {
      label: t.organisation.label,
      value: typed.slice(0, TEXT_LIMITS.organisation),
      error,
      maxLength: TEXT_LIMITS.organisation,
      requiredMessage: t.organisation.required,
      placeholder: t.organisation.placeholder,
    },
  };
}
