/** The task pane's own texts, Dutch first and English second; the language follows Outlook. */
import { useContext } from 'react';
import type { Locale, Vars } from '../shared/i18n';
import { LocaleContext } from '../shared/session';

const MESSAGES = {
  'outlook.loading': ['Bezig met laden…', 'Loading…'],
  'outlook.signedInAs': ['Aangemeld als {name}', 'Signed in as {name}'],
  'outlook.appointment': ['Deze afspraak', 'This appointment'],
  'outlook.noSubject': ['(geen onderwerp)', '(no subject)'],
  'outlook.noStart': ['geen begintijd', 'no start time'],
  'outlook.phFound': ['Portefeuillehouder herkend: {name} ({reason})', 'Portfolio holder recognised: {name} ({reason})'],
  'outlook.reason.email': ['e-mailadres van een genodigde', 'an attendee\'s e-mail address'],
  'outlook.reason.naam': ['naam van een genodigde', 'an attendee\'s name'],
  'outlook.reason.onderwerp': ['onderwerp', 'subject'],
  'outlook.phNone': ['Geen portefeuillehouder gevonden tussen de genodigden. Kies er een:', 'No portfolio holder found among the attendees. Choose one:'],
  'outlook.phLabel': ['Portefeuillehouder', 'Portfolio holder'],
  'outlook.existingPos': ['PO\'s op {day}', 'POs on {day}'],
  'outlook.usePo': ['Dit PO gebruiken', 'Use this PO'],
  'outlook.createPo': ['PO aanmaken voor {name} op {day}', 'Create a PO for {name} on {day}'],
  'outlook.noPos': ['Er is nog geen PO voor deze portefeuillehouder op deze dag.', 'There is no PO yet for this portfolio holder on this day.'],
  'outlook.linked': ['Gekoppeld aan deze afspraak', 'Linked to this appointment'],
  'outlook.otherPo': ['Ander PO kiezen', 'Choose another PO'],
  'outlook.readOnly': ['U kunt deze agenda lezen maar niet wijzigen.', 'You can read this agenda but not change it.'],
  'outlook.emptySection': ['Nog geen agendapunten.', 'No agenda items yet.'],
  'outlook.addTitle': ['Agendapunt toevoegen', 'Add agenda item'],
  'outlook.itemTitle': ['Titel', 'Title'],
  'outlook.section': ['Sectie', 'Section'],
  'outlook.add': ['Toevoegen', 'Add'],
  'outlook.insert': ['Agenda in uitnodiging zetten', 'Put the agenda in the invite'],
  'outlook.refused': [
    'De agenda kan nog niet in de uitnodiging: eerst {n} punt(en) oplossen, zie bij de agendapunten.',
    'The agenda cannot go into the invite yet: resolve {n} issue(s) first, see the agenda items.',
  ],
  'outlook.inserted': ['De agenda staat in de uitnodiging; {file} is bijgevoegd.', 'The agenda is in the invite; {file} is attached.'],
  'outlook.replaced': ['De agenda in de uitnodiging is vervangen; {file} is vervangen.', 'The agenda in the invite was replaced; {file} was replaced.'],
  'outlook.teamsLinked': ['De Teams-vergadering van deze afspraak is aan het PO gekoppeld.', 'This appointment\'s Teams meeting is linked to the PO.'],
  'outlook.preview': ['Proefafspraak (browsermodus)', 'Trial appointment (browser mode)'],
  'outlook.previewHint': [
    'Buiten Outlook werkt het taakvenster op deze proefafspraak. Pas onderwerp en genodigden aan zoals in Outlook.',
    'Outside Outlook the task pane works on this trial appointment. Change subject and attendees as you would in Outlook.',
  ],
  'outlook.subject': ['Onderwerp', 'Subject'],
  'outlook.start': ['Begin: {when}', 'Start: {when}'],
  'outlook.attendees': ['Genodigden (e-mailadressen, gescheiden door komma’s)', 'Attendees (e-mail addresses, separated by commas)'],
  'outlook.body': ['Tekst van de uitnodiging', 'Text of the invite'],
  'outlook.attachments': ['Bijlagen', 'Attachments'],
  'outlook.noAttachments': ['Geen bijlagen.', 'No attachments.'],
} as const satisfies Record<string, readonly [string, string]>;

export type OutlookKey = keyof typeof MESSAGES;

export function outlookText(locale: Locale, key: OutlookKey, vars: Vars = {}): string {
  return MESSAGES[key][locale === 'nl' ? 0 : 1].replace(/\{(\w+)\}/g, (whole: string, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The texts in the page's language (LocaleContext, set from Outlook's display language). */
export function useOutlookT(): { t: (key: OutlookKey, vars?: Vars) => string; locale: Locale } {
  const locale = useContext(LocaleContext);
  return { locale, t: (key, vars) => outlookText(locale, key, vars) };
}
