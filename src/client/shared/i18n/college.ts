/** Texts of the college cycle: Tuesday's announcement, the college's answer, the terugkoppeling, the collegebericht. */
import { defineMessages } from './define';

export const collegeMessages = defineMessages({
  'tab.nav.aankondiging': ['Aankondiging college', 'College announcement'],
  'aankondiging.title': ['Aankondiging college {date}', 'College announcement {date}'],
  'aankondiging.date': ['Collegedatum', 'College date'],
  'aankondiging.date.hint': [
    'Op dinsdag worden de besluitpunten van maandag aangekondigd voor het college van de dinsdag erna.',
    "On Tuesday, Monday's decision points are announced for the college of the following Tuesday.",
  ],
  'aankondiging.forbidden': [
    'De aankondiging is er voor de gemeentesecretaris en de concernadviseurs.',
    'The announcement is for the municipal secretary and the corporate advisers.',
  ],
  'aankondiging.none': ['Er gaan (nog) geen besluitpunten naar dit college.', 'No decision points are heading for this college (yet).'],
  'aankondiging.firstAnnounced': ['Eerst aangekondigd: {at}', 'First announced: {at}'],
  'aankondiging.notAnnounced': ['Nog niet aangekondigd', 'Not yet announced'],
  'aankondiging.late': ['Na aankondiging toegevoegd', 'Added after the announcement'],
  'aankondiging.changed': ['Gewijzigd na aankondiging', 'Changed after the announcement'],
  'aankondiging.docx': ['Exporteren (.docx)', 'Export (.docx)'],
  'aankondiging.share': ['Delen in het kanaal', 'Share in the channel'],
  'aankondiging.shared': ['Gedeeld in het kanaal: {shown} besluitpunten{hidden}.', 'Shared in the channel: {shown} decision points{hidden}.'],
  'aankondiging.sharedHidden': [' (vertrouwelijke niet getoond: {n})', ' (confidential ones not shown: {n})'],
  'aankondiging.copyLink': ['Link kopiëren', 'Copy link'],
  'aankondiging.copied': ['De link staat op het klembord.', 'The link is on the clipboard.'],
  'aankondiging.copyFailed': ['Kopiëren lukte niet; de link: {url}', 'Copying failed; the link: {url}'],
  'aankondiging.from': ['{ph} · {po} · {item}', '{ph} · {po} · {item}'],

  'college.state.aangekondigd': ['Aangekondigd', 'Announced'],
  'college.state.geagendeerd': ['Geagendeerd in college', 'On the college agenda'],
  'college.state.besloten': ['Besloten', 'Decided'],
  'college.state.aangehouden': ['Aangehouden', 'Held over'],
  'college.state.teruggenomen': ['Teruggenomen', 'Withdrawn'],
  'college.step.next': ['Volgende stap', 'Next step'],
  'college.step.date': ['Datum', 'Date'],
  'college.step.note': ['Korte notitie (optioneel)', 'Short note (optional)'],
  'college.step.submit': ['Vastleggen', 'Record'],
  'college.step.announce': ['Markeer als aangekondigd', 'Mark as announced'],
  'college.step.final': ['Afgerond: {state}', 'Finished: {state}'],
  'college.step.of': ['Collegestap voor "{text}"', 'College step for "{text}"'],
  'college.history': ['{state} op {date}', '{state} on {date}'],

  'terugkoppeling.title': ['Terugkoppeling college', 'Feedback from the college'],
  'terugkoppeling.intro': [
    'Besluitpunten van deze portefeuillehouder met hun collegestatus sinds het vorige PO ({since}).',
    "This portfolio holder's decision points and their college status since the previous PO ({since}).",
  ],
  'terugkoppeling.introFirst': [
    'Besluitpunten van deze portefeuillehouder met hun collegestatus.',
    "This portfolio holder's decision points and their college status.",
  ],
  'terugkoppeling.none': ['Geen nieuwe terugkoppeling uit het college.', 'No new feedback from the college.'],
});
