/** The typed list of step 2 in Dutch. */
export const problemListNl = {
  summaryTitle: (project: string) => `Getypeerde problemen: ${project}`,
  summaryIntro: (problems: number, organisations: number) =>
    `${problems} ${problems === 1 ? 'probleem' : 'problemen'} van ${organisations} ${organisations === 1 ? 'organisatie' : 'organisaties'}. Volgorde: prioriteit, dan risicokans, dan aard van de gevolgen.`,
  none: 'Er zijn nog geen problemen ingevoerd.',
  countsTitle: 'Aantallen per typering',
  matrixTitle: 'Risico-overzicht: risicokans × prioriteit',
  matrixCorner: 'Risicokans \\ prioriteit',
  pageTitle: (from: number, to: number, total: number) => `Problemen ${from}–${to} van ${total}`,
  line: (likelihood: string, consequences: string, priority: string, organisation: string) =>
    `Prioriteit ${priority} · risicokans ${likelihood} · gevolgen voor ${consequences} · ${organisation}`,
  unknownOrganisation: 'organisatie onbekend',
  posting: (messages: number) => `De volledige lijst komt in ${messages} berichten in het kanaal; dat kan even duren.`,
  countsOnly: (when: string) =>
    `Tot de invoer sluit (${when}) ziet iedereen alleen hoeveel problemen er per typering zijn, niet wat anderen invoerden: zo geeft ieder eerst het eigen beeld. De volledige lijst komt in het kanaal zodra de invoer sluit.`,
  countsOnlyNoDeadline:
    'Tot de invoer sluit ziet iedereen alleen hoeveel problemen er per typering zijn, niet wat anderen invoerden: zo geeft ieder eerst het eigen beeld. De volledige lijst komt in het kanaal zodra de invoer sluit.',
  peekButton: 'Alle problemen bekijken (alleen voor jou)',
  onlyLeaderPeeks: 'Tot de invoer sluit ziet alleen de projectleider de problemen van anderen. Je eigen problemen zie je met Mijn problemen.',
  notYetOpen: 'Stap 2 is nog niet geopend: er is nog geen lijst.',
};
export type ProblemListCatalog = typeof problemListNl;
