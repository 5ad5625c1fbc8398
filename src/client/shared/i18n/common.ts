/** Texts shared by every surface: sign-in, errors, states, generic actions. */
import { defineMessages } from './define';

export const commonMessages = defineMessages({
  'app.loading': ['Laden…', 'Loading…'],
  'app.retry': ['Opnieuw proberen', 'Try again'],
  'app.cancel': ['Annuleren', 'Cancel'],
  'app.save': ['Opslaan', 'Save'],
  'app.saving': ['Opslaan…', 'Saving…'],
  'app.close': ['Sluiten', 'Close'],
  'app.edit': ['Wijzigen', 'Edit'],
  'app.remove': ['Verwijderen', 'Remove'],
  'app.nobody': ['Niemand', 'Nobody'],
  'app.unknownUser': ['Onbekend', 'Unknown'],
  'app.minutes': ['{n} min', '{n} min'],
  'app.fieldRequired': ['Vul {field} in.', 'Fill in {field}.'],
  'app.vertrouwelijk': ['Vertrouwelijk', 'Confidential'],
  'app.confidentialItem': ['Vertrouwelijk agendapunt', 'Confidential agenda item'],
  'app.role.portefeuillehouder': ['Portefeuillehouder', 'Portfolio holder'],
  'app.role.concernadviseur': ['Concernadviseur', 'Corporate adviser'],
  'app.role.notulist': ['Notulist', 'Minute taker'],
  'app.role.opdrachtnemer': ['Opdrachtnemer', 'Responsible officer'],
  'app.role.adviseur': ['Adviseur', 'Adviser'],
  'app.role.deelnemer': ['Deelnemer', 'Participant'],

  'signin.title': ['Aanmelden (ontwikkelmodus)', 'Sign in (development mode)'],
  'signin.intro': [
    'Buiten Teams kiest u een demogebruiker. In Teams meldt u zich automatisch aan met uw organisatieaccount.',
    'Outside Teams you pick a demo user. In Teams you are signed in with your organisation account automatically.',
  ],
  'signin.user': ['Demogebruiker', 'Demo user'],
  'signin.submit': ['Aanmelden', 'Sign in'],
  'signin.signedInAs': ['Aangemeld als {name}', 'Signed in as {name}'],
  'signin.switch': ['Andere gebruiker', 'Switch user'],
  'signin.unavailable': [
    'De ontwikkelaanmelding staat uit op deze server. Open de app in Microsoft Teams.',
    'Development sign-in is off on this server. Open the app in Microsoft Teams.',
  ],

  'error.title': ['Er ging iets mis', 'Something went wrong'],
  'error.network': [
    'Geen verbinding met de server. Controleer uw netwerk en probeer het opnieuw.',
    'No connection to the server. Check your network and try again.',
  ],
  'error.problem.purpose_missing': [
    'Kies het doel van bespreking: beeldvorming, oordeelsvorming of besluitvorming.',
    'Choose the purpose: forming a picture, forming a judgement or decision-making.',
  ],
  'error.problem.voorgesteld_besluit_missing': [
    'Vul het voorgestelde besluit in (nodig voor besluitvorming).',
    'Fill in the proposed decision (needed for decision-making).',
  ],
  'error.problem.opdrachtnemer_missing': ['Kies de ambtelijk opdrachtnemer.', 'Choose the responsible civil servant.'],
  'error.problem.agenda_empty': ['De agenda heeft nog geen agendapunten.', 'The agenda has no items yet.'],

  'status.concept': ['Concept', 'Draft'],
  'status.vastgesteld': ['Agenda vastgesteld', 'Agenda finalised'],
  'status.gestart': ['Vergadering bezig', 'Meeting in progress'],
  'status.afgesloten': ['Afgesloten', 'Closed'],
  'status.gepubliceerd': ['Verslag gepubliceerd', 'Minutes published'],
  'list.more': ['Meer laden', 'Load more'],
  'list.loading': ['Bezig met laden', 'Loading'],
  'list.shownMore': ['{n} getoond, er zijn er meer.', '{n} shown, there are more.'],
  'list.shownAll': ['{n} getoond.', '{n} shown.'],
});
