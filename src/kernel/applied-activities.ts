/**
 * Teams delivers an activity again, with the same id, when the bot was slow to acknowledge it
 * (and a person may press a card button twice). A document that is changed (not created) by an
 * activity keeps the ids of the activities recently applied to it, in the same conditional write
 * as the change itself: a redelivery finds its id there and changes nothing. No extra read or
 * write is needed, and two deliveries at the same moment cannot both win the write.
 */
export interface RemembersActivities {
  /** The ids of the activities applied to this document, newest last; absent in older documents. */
  readonly appliedActivities?: readonly string[];
}

/** More than Teams ever has in flight for one document, few enough to keep documents small. */
export const REMEMBERED_ACTIVITIES = 25;

/** Whether the activity's change is already in the document. Without an id (timed work) nothing is known. */
export function wasApplied(doc: object, activityId: string | undefined): boolean {
  return activityId !== undefined && ((doc as RemembersActivities).appliedActivities ?? []).includes(activityId);
}

/** The document with the activity remembered as applied, the oldest forgotten beyond the bound. */
export function withAppliedActivity<T extends object>(doc: T, activityId: string | undefined): T {
  if (activityId === undefined || wasApplied(doc, activityId)) return doc;
  const applied = (doc as RemembersActivities).appliedActivities ?? [];
  return { ...doc, appliedActivities: [...applied, activityId].slice(-REMEMBERED_ACTIVITIES) };
}
