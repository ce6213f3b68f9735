import type { StepStatus } from '../../../kernel/steps';
import type { CriterionError } from '../domain/criteria';
import type { ProblemCatalog } from '../i18n/catalog';

/** What a change of a leader's extra criteria came to; step 3's measure criteria (S3.3) answer alike. */
export type CriterionChange =
  | { readonly kind: 'criterionAdded'; readonly criterion: { readonly name: string; readonly values: readonly string[] } }
  | { readonly kind: 'criterionRemoved'; readonly criterion: { readonly name: string } }
  | { readonly kind: 'criterionRefused'; readonly reason: CriterionError }
  | { readonly kind: 'criterionUnknown'; readonly name: string; readonly criteria: readonly { readonly name: string }[] }
  | { readonly kind: 'criteriaFixed'; readonly status: StepStatus };

/** The answer to a criterion change, in the texts of the step whose criteria they are. */
export function criterionChangeText(c: ProblemCatalog['problems']['criteria'], statusText: (status: StepStatus) => string, outcome: CriterionChange): string {
  switch (outcome.kind) {
    case 'criterionAdded': return c.added(outcome.criterion.name, outcome.criterion.values.join(', '));
    case 'criterionRemoved': return c.removed(outcome.criterion.name);
    case 'criterionRefused': return `${c.refused[outcome.reason]} ${c.example}`;
    case 'criterionUnknown': return c.unknown(outcome.name, outcome.criteria.map((x) => x.name).join(', ') || c.none);
    case 'criteriaFixed': return c.fixed(statusText(outcome.status));
  }
}
