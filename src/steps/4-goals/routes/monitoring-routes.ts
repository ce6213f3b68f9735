import { card, text, type Reply, type Turn } from '../../../platform/turn';
import { monitoringFormFor, monitoringOverview, removeMonitoring, saveMonitoring, type MonitoringForm } from '../app/monitoring';
import { goalCatalog } from '../i18n/catalog';
import { MONITORING_FORM_CARD, toMonitoringFormView } from '../views/monitoring-form.view';
import { MONITORING_CARD, toMonitoringViews } from '../views/monitoring.view';
import { line, listReplies, refreshMeeting, refusedLine } from './replies';

/** `monitoring` or the button: per goal who enters which progress data and when (S4.3). */
export async function monitoringReplies(turn: Turn, cardProjectId?: string): Promise<Reply[]> {
  const t = goalCatalog(turn.t);
  const outcome = await monitoringOverview(turn.env.deps, turn.request(cardProjectId));
  if (outcome.kind !== 'monitoring') return line(refusedLine(turn, outcome) ?? '');
  return listReplies(turn, outcome.project, 'monitoring', toMonitoringViews(t, outcome).map((view) => turn.env.cards.render(MONITORING_CARD, view)));
}

/** "Afspraak toevoegen": the empty form (leader; needs a goal first). */
export async function monitoringFormAction(turn: Turn, data: { projectId: string }): Promise<Reply[]> {
  const t = goalCatalog(turn.t);
  const outcome = await monitoringFormFor(turn.env.deps, turn.request(data.projectId));
  if (outcome.kind === 'noGoals') return line(t.monitoring.noGoals);
  if (outcome.kind !== 'form') return line(refusedLine(turn, outcome) ?? '');
  return [card(turn.env.cards.render(MONITORING_FORM_CARD, toMonitoringFormView(t, outcome.project, outcome.goals)))];
}

/** "Opslaan" on the agreement form: saved, then an empty form for the next; or the form again with what is wrong. */
export async function saveMonitoringAction(turn: Turn, data: { projectId: string } & Partial<MonitoringForm>): Promise<Reply[]> {
  const t = goalCatalog(turn.t);
  const form: MonitoringForm = {
    goalId: data.goalId ?? '', participant: data.participant ?? '', what: data.what ?? '', frequency: data.frequency ?? '', from: data.from ?? '', dates: data.dates ?? '',
  };
  const outcome = await saveMonitoring(turn.env.deps, turn.request(data.projectId), form);
  if (outcome.kind === 'notParticipant') return line(t.monitoring.notParticipant);
  if (outcome.kind === 'monitoringInvalid') return [card(turn.env.cards.render(MONITORING_FORM_CARD, toMonitoringFormView(t, outcome.project, outcome.goals, form, outcome.errors)))];
  if (outcome.kind !== 'monitoringSaved') return line(refusedLine(turn, outcome) ?? '');
  await refreshMeeting(turn, outcome.project);
  const number = outcome.goals.findIndex((g) => g.id === outcome.goal.id) + 1;
  const notice = t.monitoring.saved(outcome.agreement.participantName, number);
  return [card(turn.env.cards.render(MONITORING_FORM_CARD, toMonitoringFormView(t, outcome.project, outcome.goals, {}, [], notice)))];
}

/** "Verwijderen" at an agreement (leader): says so, and shows the agreements as they are now. */
export async function removeMonitoringAction(turn: Turn, data: { projectId: string; agreementId: string }): Promise<Reply[]> {
  const t = goalCatalog(turn.t);
  const outcome = await removeMonitoring(turn.env.deps, turn.request(data.projectId), data.agreementId);
  // Already gone (a second press, or the same press delivered again): the agreements as they are, saying so.
  if (outcome.kind === 'monitoringGone') return [...(await monitoringReplies(turn, data.projectId)), text(t.monitoring.gone)];
  if (outcome.kind !== 'monitoringRemoved') return line(refusedLine(turn, outcome) ?? '');
  // The list first: for Action.Execute it replaces the card that was pressed.
  return [...(await monitoringReplies(turn, data.projectId)), text(t.monitoring.removed(outcome.agreement.participantName))];
}
