/**
 * Configuring the organisation (the Beheer screen): who may, the starting point of a new
 * organisation, and the rules a configuration must meet beyond the shape of its fields.
 */
import { fail, type Problem } from '../shared/errors';
import { DEFAULT_HOLIDAYS } from './holidays';
import { checklistProblems } from './kwaliteitstoets';
import type { OrganisationConfig, User } from './model';

/** Deventer's identical layout of every PO (seed 001, bijlage III): a built-in agenda template. */
export const SEED_001_TEMPLATE = { name: 'deventer', sections: ['Strategische zaken', 'Tactisch-operationele zaken', 'Dingen van de dag'] } as const;

export const mayAdminister = (user: Pick<User, 'roles'>): boolean => user.roles.includes('beheerder');

/** The configuration a new organisation starts from: no college yet, seed 001's sections. */
export function newOrganisation(name = 'Gemeente'): OrganisationConfig {
  return {
    name,
    portefeuillehouders: [],
    agendaSections: [...SEED_001_TEMPLATE.sections],
    agendaTemplates: { [SEED_001_TEMPLATE.name]: [...SEED_001_TEMPLATE.sections] },
    stukkenDeadline: { weekday: 3, time: '12:00' },
    poWeekday: 1,
    poTime: '09:00',
    collegeWeekday: 2,
    verslagApprovalRequired: false,
    holidays: DEFAULT_HOLIDAYS,
    verslagChannel: null,
    plannerPlanId: null,
    roleMappings: [],
  };
}

const duplicates = (values: string[]): number[] => values.flatMap((v, i) => (values.indexOf(v) !== i ? [i] : []));

/**
 * Rules across fields: unique ids and names, each college member linked to a known user at most
 * once, sections unique. A 400 naming the first offending field (`body.portefeuillehouders.2.id`).
 */
export function assertValidOrganisation(org: OrganisationConfig, knownUserIds: ReadonlySet<string>): void {
  const problems: Problem[] = [];
  const problem = (path: string, message: string): void => {
    problems.push({ code: 'invalid', path: `body.${path}`, message });
  };
  const phs = org.portefeuillehouders;
  for (const i of duplicates(phs.map((p) => p.id))) problem(`portefeuillehouders.${i}.id`, `De code "${phs[i]!.id}" is al in gebruik.`);
  phs.forEach((p, i) => {
    if (p.userId && !knownUserIds.has(p.userId)) problem(`portefeuillehouders.${i}.userId`, 'Kies een bestaande gebruiker.');
  });
  const linked = phs.map((p) => p.userId ?? '');
  for (const i of duplicates(linked))
    if (linked[i]) problem(`portefeuillehouders.${i}.userId`, 'Deze gebruiker is al aan een andere portefeuillehouder gekoppeld.');
  for (const i of duplicates(org.agendaSections)) problem(`agendaSections.${i}`, `De sectie "${org.agendaSections[i]}" staat er al.`);
  for (const [name, sections] of Object.entries(org.agendaTemplates)) {
    for (const i of duplicates(sections)) problem(`agendaTemplates.${name}.${i}`, `De sectie "${sections[i]}" staat er al.`);
  }
  problems.push(...checklistProblems(org.kwaliteitstoetsCriteria ?? []));
  if (problems.length > 0) fail('validation', problems[0]!.message, problems);
}
