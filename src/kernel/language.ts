/** The languages the bot speaks. A project speaks Dutch unless its leader switches it. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'nl';

/** Teams' locale ("en-US", "nl-NL") as a language: only a hint, used where no project decides. */
export function languageOfLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** A language as people type it, in Dutch or English: "engels", "English", "en", "nederlands", "Dutch", "nl". */
export function readLanguage(typed: string): Language | undefined {
  const word = typed.trim().toLowerCase();
  if (['nederlands', 'dutch', 'nl', 'ned', 'nederlandse'].includes(word)) return 'nl';
  if (['engels', 'english', 'en', 'eng', 'engelse'].includes(word)) return 'en';
  return undefined;
}
