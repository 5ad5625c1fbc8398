/**
 * The tiny i18n module: Dutch first (nl-NL), English second, chosen from the host's locale.
 * Texts live in the catalogues next to this file; `{name}` placeholders are filled from `vars`.
 */
import { afterMeetingMessages } from './afterMeeting';
import { agendaMessages } from './agenda';
import { beheerMessages } from './beheer';
import { collegeMessages } from './college';
import { commonMessages } from './common';
import { meetingMessages } from './meeting';
import { meetingLiveMessages } from './meetingLive';
import { outlookMessages } from './outlook';
import { overviewMessages } from './overview';
import { raadsregisterMessages } from './raadsregister';
import { transcriptMessages } from './transcript';
import { vaststellingMessages } from './vaststelling';

const MESSAGES = {
  ...commonMessages,
  ...agendaMessages,
  ...meetingMessages,
  ...meetingLiveMessages,
  ...overviewMessages,
  ...beheerMessages,
  ...outlookMessages,
  ...transcriptMessages,
  ...afterMeetingMessages,
  ...raadsregisterMessages,
  ...vaststellingMessages,
  ...collegeMessages,
};

export type Locale = 'nl' | 'en';
export type MessageKey = keyof typeof MESSAGES;
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Dutch unless the host asks for English (Teams gives e.g. `en-us`, `en-GB`, `nl-nl`). */
export function localeFrom(tag: string | null | undefined): Locale {
  return /^en\b/i.test(tag ?? '') ? 'en' : 'nl';
}

/** The BCP 47 tag for `Intl` and the document's `lang`. */
export const languageTag = (locale: Locale): string => (locale === 'en' ? 'en-GB' : 'nl-NL');

const pluralRules = { nl: new Intl.PluralRules('nl-NL'), en: new Intl.PluralRules('en-GB') };

/**
 * `{n:agendapunt|agendapunten}` becomes "1 agendapunt" or "3 agendapunten" by the language's plural
 * rules (`n` from `vars`); `{name}` is filled from `vars`.
 */
export function translate(locale: Locale, key: MessageKey, vars: Vars = {}): string {
  const text = MESSAGES[key][locale === 'nl' ? 0 : 1];
  return text
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (whole: string, name: string, one: string, other: string) => {
      const n = Number(vars[name]);
      if (!(name in vars) || Number.isNaN(n)) return whole;
      return `${vars[name]} ${pluralRules[locale].select(n) === 'one' ? one : other}`;
    })
    .replace(/\{(\w+)\}/g, (whole: string, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A value with Dutch and English text, as the domain's labels are. */
export const pick = (label: { nl: string; en: string }, locale: Locale): string => label[locale];

export const hasMessage = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(MESSAGES, key);
