import { prioritisationEn } from './prioritisation.en';
import { problemListEn } from './problem-list.en';
import type { ProblemTexts } from './nl';

/** Step 2's own texts in English. */
export const problemsEn: ProblemTexts = {
  problems: {
    enterButton: 'Enter a problem',
    formTitle: 'Enter a problem (step 2)',
    formIntro: 'Describe one problem you see and type it. You can enter as many as you like. Do not name individual citizens: no names, addresses or number plates.',
    description: 'Short description of the problem',
    likelihood: 'Likelihood',
    consequences: 'Consequences',
    priority: 'Priority',
    levels: { hoog: 'High', midden: 'Medium', laag: 'Low' },
    consequenceKinds: { personen: 'Persons', objecten: 'Objects', beide: 'Both' },
    save: 'Save',
    another: 'Enter another problem',
    saved: (description: string) => `Your problem has been saved: “${description}”.`,
    errors: {
      required: 'Please fill this in.',
      tooLong: 'Use at most 500 characters.',
      notAllowed: 'Choose one of the options.',
    },
    inputClosed: (when: string) => `Input for step 2 is closed (deadline ${when}). Nothing was saved.`,
    inputNotOpen: (status: string) => `Step 2 is ${status} now: input is not possible. Nothing was saved.`,
    mineButton: 'My problems',
    mineTyped: 'I show your own problems to you alone, not in the channel: choose My problems below.',
    mineNotOpen: 'Step 2 has not been opened yet: no problems have been entered.',
    mineTitle: (count: number) => `My problems (step 2): ${count}`,
    mineIntro: 'Only you see your own entries. You can change or delete them until the deadline.',
    mineEmpty: 'You have not entered any problems yet.',
    mineClosed: 'Input for step 2 is closed: changing and deleting is no longer possible.',
    minePage: (page: number, pages: number) => `Page ${page} of ${pages}`,
    previousPage: 'Previous',
    nextPage: 'Next',
    edit: 'Change',
    delete: 'Delete',
    editTitle: 'Change your problem (step 2)',
    editIntro: 'Adjust your problem and save it. It stays one problem. Do not name individual citizens: no names, addresses or number plates.',
    typingLine: (likelihood: string, consequences: string, priority: string) =>
      `Likelihood: ${likelihood} · Consequences: ${consequences} · Priority: ${priority}`,
    changed: (description: string) => `Your problem has been changed: “${description}”.`,
    changedMeanwhile: (fields: string) =>
      `Not saved: this problem was meanwhile changed as well (from another card), in just what you changed too: ${fields}. Below is how it is now; change it again and save.`,
    deleted: (description: string) => `Your problem has been deleted: “${description}”.`,
    gone: 'This problem does not exist (any more) in this project; perhaps you already deleted it. Nothing was changed.',
    notAuthor: 'Someone else entered this problem. Only the person who entered a problem can change or delete it. Nothing was changed.',
    duplicate: 'You already have a problem with this description. Change the text, or delete the problem you no longer want. Nothing was saved.',
    changeClosed: (when: string) => `Input for step 2 is closed (deadline ${when}): changing and deleting is no longer possible. Nothing was changed.`,
    changeNotOpen: (status: string) => `Step 2 is ${status} now: changing and deleting is not possible. Nothing was changed.`,
    criteria: {
      added: (name: string, values: string) => `Criterion “${name}” was added with the values ${values}. It is on the step 2 entry form from now on.`,
      removed: (name: string) =>
        `Criterion “${name}” was removed and is no longer on the form. Values already entered are kept but no longer shown.`,
      unknown: (name: string, existing: string) => `There is no criterion “${name}”. Existing criteria: ${existing}. Nothing was changed.`,
      none: 'none',
      fixed: (status: string) => `The criteria of step 2 are fixed, because step 2 is ${status}. Nothing was changed.`,
      example: 'Example: add criterion Time of day: daytime, evening, night. Nothing was changed.',
      refused: {
        format: 'Give a name, a colon and the values separated by commas.',
        nameLength: 'A criterion name is 1 to 40 characters long.',
        valueLength: 'Each value is 1 to 40 characters long.',
        tooFewValues: 'Give at least 2 different values.',
        tooManyValues: 'Give at most 8 values.',
        duplicateValues: 'Each value may appear only once.',
        duplicateName: 'There already is a criterion with that name.',
        tooMany: 'There already are two extra criteria; no more are possible. First remove one with: remove criterion <name>.',
      },
    },
  },
  problemList: problemListEn,
  prioritisation: prioritisationEn,
};
