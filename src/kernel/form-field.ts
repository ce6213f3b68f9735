/** One input of a form card: its label, what is in it, and the error to show beside it. */
export interface FormFieldView {
  readonly label: string;
  readonly value: string;
  readonly error: string;
  readonly maxLength: number;
  readonly requiredMessage: string;
  readonly placeholder: string;
}
