/**
 * Demo organisation: Gemeente Velsen's college and portfolio distribution (seed 002, "Set van college
 * uitvoeringsafspraken", 20 juni 2022) and, as an alternative agenda layout, the three sections of
 * Deventer's portefeuillehoudersoverleg (seed 001, "operatie dubbelslag", bijlage III).
 */
import type { OrganisationConfig, Portefeuillehouder } from '../../domain';

const ph = (
  id: string,
  name: string,
  titel: Portefeuillehouder['titel'],
  portefeuilles: Portefeuillehouder['portefeuilles'],
  raadsthemas: string[],
): Portefeuillehouder => ({ id, name, userId: `u-${id}`, titel, portefeuilles, raadsthemas });

export const DEMO_PORTEFEUILLEHOUDERS: Portefeuillehouder[] = [
  ph(
    'bram',
    'Bram Diepstraten',
    'wethouder',
    [
      {
        domein: 'Fysieke leefomgeving',
        onderwerpen: [
          'Economische zaken (lokale economie, detailhandel, horeca, recreatie & toerisme, strandzaken, evenementen)',
          'Mobiliteit en bereikbaarheid (incl. verkeersveiligheid)',
        ],
      },
      { domein: 'Samenleving', onderwerpen: ['Sport'] },
      {
        domein: 'Bedrijfsvoering & overstijgend',
        onderwerpen: ['Digitalisering en informatievoorziening', 'Samenspel & participatie', 'Regionale samenwerking op bestuurlijk/college niveau'],
      },
      { domein: "Projecten en programma's", onderwerpen: ['Pont tot park', 'Visie op Velsen'] },
    ],
    ['Lokale economie & vestigingsklimaat', 'Mobiliteit', 'Sport', 'Participatie & democratische kwaliteit'],
  ),
  ph(
    'sander',
    'Sander Smeets',
    'wethouder',
    [
      { domein: 'Fysieke leefomgeving', onderwerpen: ['Ruimtelijke ontwikkeling', 'Wonen', 'Natuur & landschap'] },
      { domein: 'Samenleving', onderwerpen: ['Kunst & cultuur'] },
      {
        domein: "Projecten en programma's",
        onderwerpen: ['Versnellen woningbouw', 'Stadionontwikkeling', 'Implementatie omgevingswet', 'Warmtetransitie (van het gas af, bebouwde omgeving)'],
      },
    ],
    ['Wonen & woningbouw', 'Kunst & cultuur'],
  ),
  ph(
    'jeroen',
    'Jeroen Verwoort',
    'wethouder',
    [
      { domein: 'Fysieke leefomgeving', onderwerpen: ['Havens, industrie, energie & Noordzeekanaalgebied'] },
      { domein: 'Samenleving', onderwerpen: ['Arbeidsmarkt & onderwijs'] },
      { domein: 'Bedrijfsvoering & overstijgend', onderwerpen: ['Financiën', 'MRA & Europese samenwerking'] },
      { domein: "Projecten en programma's", onderwerpen: ['Techport', 'Lokaal klimaatakkoord'] },
    ],
    ['Arbeidsmarkt', 'Duurzaamheid', 'Financiën'],
  ),
  ph(
    'sebastian',
    'Sebastian Dinjens',
    'wethouder',
    [
      { domein: 'Fysieke leefomgeving', onderwerpen: ['Milieu (incl. luchtkwaliteit, bodem, water)', 'Afvalbeheer & riolering'] },
      { domein: 'Samenleving', onderwerpen: ['Jeugd & jeugdzorg', 'Kinderopvang'] },
      { domein: 'Bedrijfsvoering & overstijgend', onderwerpen: ['Vastgoed & grondzaken'] },
      { domein: "Projecten en programma's", onderwerpen: ['Programma Luchtkwaliteit', 'Schiphol', 'Vluchtelingen & statushouders'] },
    ],
    ['Luchtkwaliteit', 'Jeugd'],
  ),
  ph(
    'marianne',
    'Marianne Steijn',
    'wethouder',
    [
      { domein: 'Fysieke leefomgeving', onderwerpen: ['Openbare ruimte', 'Leefbaarheid & groen (incl. klimaatadaptatie en -mitigatie)'] },
      { domein: 'Samenleving', onderwerpen: ['Armoedebestrijding', 'Inkomensondersteuning', 'Zorg & welzijn (incl. Wmo, volksgezondheid)'] },
      { domein: 'Bedrijfsvoering & overstijgend', onderwerpen: ['Facilitaire zaken', 'Dienstverlening'] },
      { domein: "Projecten en programma's", onderwerpen: ['Weerbare wijken', 'Transformatie buurthuizen', 'Zorgtransitie', 'Regie sociaal domein'] },
    ],
    ['Leefbaarheid', 'Gezondheid', 'Zorg & welzijn', 'Dienstverlening'],
  ),
  ph(
    'frank',
    'Frank Dales',
    'burgemeester',
    [
      { domein: 'Samenleving', onderwerpen: ['Openbare orde & veiligheid (incl. THOR)', 'Regionale samenwerking op niveau Raad en burgemeesters'] },
      {
        domein: 'Bedrijfsvoering & overstijgend',
        onderwerpen: ['Bestuurlijke integriteit', 'Burgerzaken (incl. verkiezingen)', 'Communicatie', 'Organisatie (incl. projectmatig werken)'],
      },
      { domein: "Projecten en programma's", onderwerpen: ['Bestrijding ondermijning en drugscriminaliteit', 'Sail Amsterdam'] },
    ],
    ['Veiligheid'],
  ),
];

/** Velsen's three categories of topics (seed 002): the default agenda layout. */
export const VELSEN_SECTIONS = ['Categorie I – Politieke koersbepaling', 'Categorie II – Uitvoering', 'Categorie III – Periodiek en routine'];

/** Deventer's identical agenda layout of every PO (seed 001, bijlage III). */
export const DEVENTER_SECTIONS = ['Strategische zaken', 'Tactisch-operationele zaken', 'Dingen van de dag'];

export const DEMO_ORGANISATION: OrganisationConfig = {
  name: 'Gemeente Velsen',
  portefeuillehouders: DEMO_PORTEFEUILLEHOUDERS,
  agendaSections: VELSEN_SECTIONS,
  agendaTemplates: { velsen: VELSEN_SECTIONS, deventer: DEVENTER_SECTIONS },
  stukkenDeadline: { weekday: 3, time: '12:00' },
  poWeekday: 1,
  poTime: '09:00',
  collegeWeekday: 2,
  verslagApprovalRequired: false,
};
