/** Maximum lengths of what people type; long enough for real use, short enough for one card. */
export const TEXT_LIMITS = {
  projectName: 120,
  commissioner: 160,
  description: 2000,
  organisation: 120,
  personName: 160,
  documentTitle: 200,
  url: 2048,
} as const;

export type LimitedField = keyof typeof TEXT_LIMITS;
