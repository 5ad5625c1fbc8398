/** Texts of the transcript per agendapunt in the verslag review (notulist and concernadviseur). */
import { defineMessages } from './define';

export const transcriptMessages = defineMessages({
  'transcript.title': ['Wat er gezegd is (transcript)', 'What was said (transcript)'],
  'transcript.privacy': [
    'Alleen zichtbaar voor de notulist en de concernadviseur. Het transcript komt nooit in het verslag; elke keer dat u het opent, wordt dat vastgelegd.',
    'Visible to the minute taker and the concern adviser only. The transcript never goes into the minutes; every time you open it is logged.',
  ],
  'transcript.show': ['Transcript tonen', 'Show transcript'],
  'transcript.loading': ['Transcript ophalen uit Teams…', 'Fetching the transcript from Teams…'],
  'transcript.retry': ['Opnieuw ophalen', 'Fetch again'],
  'transcript.state.geen_vergadering': [
    'Dit PO is niet gekoppeld aan een Teams-vergadering, of die vergadering is niet gevonden. Er is dus geen transcript.',
    'This PO is not linked to a Teams meeting, or that meeting was not found, so there is no transcript.',
  ],
  'transcript.state.geen_transcript': ['Van deze vergadering is geen transcript gemaakt.', 'No transcript was made of this meeting.'],
  'transcript.state.nog_niet_beschikbaar': [
    'Het transcript is nog niet beschikbaar: Teams verwerkt het nog. Probeer het over een paar minuten opnieuw.',
    'The transcript is not available yet: Teams is still processing it. Try again in a few minutes.',
  ],
  'transcript.state.geen_toestemming': [
    'Geen toestemming om het transcript te lezen. De beheerder moet de app de machtiging OnlineMeetingTranscript.Read geven (of het app-pakket opnieuw laten installeren).',
    'No permission to read the transcript. The administrator must grant the app the OnlineMeetingTranscript.Read permission (or reinstall the app package).',
  ],
  'transcript.source.teams': ['Opgehaald uit Teams, niet bewaard.', 'Fetched from Teams, not stored.'],
  'transcript.source.stored': ['Bewaard tot {n} dagen na publicatie van het verslag.', 'Kept until {n} days after the minutes are published.'],
  'transcript.incomplete': ['Een deel van het transcript is nog niet beschikbaar.', 'Part of the transcript is not available yet.'],
  'transcript.aligned.agendapunten': [
    'Tijden gelijkgezet op de overgangen tussen agendapunten (verschil {s} s).',
    'Times aligned on the changes between agenda items (difference {s} s).',
  ],
  'transcript.aligned.start': ['Tijden gelijkgezet op de start van de vergadering.', 'Times aligned on the start of the meeting.'],
  'transcript.outside': [
    '{n} fragmenten vielen buiten de agendapunten (voor de start, na het einde of ertussen).',
    '{n} fragments fell outside the agenda items (before the start, after the end or in between).',
  ],
  'transcript.item': ['{number}. {title}', '{number}. {title}'],
  'transcript.confidential': ['Vertrouwelijk', 'Confidential'],
  'transcript.notReadable': ['U mag dit agendapunt niet inzien.', 'You may not see this agenda item.'],
  'transcript.notDiscussed': ['Dit agendapunt is niet aan de orde geweest.', 'This agenda item was not discussed.'],
  'transcript.silent': ['Er is bij dit agendapunt niets opgenomen.', 'Nothing was recorded for this agenda item.'],
  'transcript.turns': ['Besproken: {turns}', 'Discussed: {turns}'],
  'transcript.speakingTime': ['Spreektijd', 'Speaking time'],
  'transcript.excerpt': ['Fragmenten', 'Fragments'],
  'transcript.unknownSpeaker': ['Onbekende spreker', 'Unknown speaker'],
  'transcript.selected': ['{n} geselecteerd', '{n} selected'],
  'transcript.copyBespreking': ['Kopiëren naar bespreking', 'Copy to discussion'],
  'transcript.copyRecord': ['Kopiëren naar vastlegging', 'Copy to record'],
  'transcript.recordKind': ['Soort vastlegging', 'Kind of record'],
  'transcript.copied.bespreking': ['Gekopieerd naar de bespreking van agendapunt {number}.', 'Copied to the discussion of agenda item {number}.'],
  'transcript.copied.record': ['Vastlegging toegevoegd aan agendapunt {number}.', 'Record added to agenda item {number}.'],
  'transcript.boundary': ['Begin van deze beurt', 'Start of this turn'],
  'transcript.boundary.save': ['Grens verplaatsen', 'Move boundary'],
  'transcript.boundary.moved': ['(verplaatst)', '(moved)'],
  'transcript.boundary.hint': ['Tijd (uu:mm:ss) waarop dit agendapunt begon.', 'Time (hh:mm:ss) at which this agenda item started.'],
});
