/**
 * Vaststellen by both (seed 000: the portefeuillehouder owns the agenda, "samen stellen zij de
 * agenda vast" with the concernadviseur). One of the two puts the agenda forward ("Voorleggen ter
 * vaststelling"), the other agrees ("Vaststellen") or sends it back with a remark. Any change of
 * the agenda withdraws a proposal. The organisation may let either alone suffice
 * (`vaststellingDoorBeiden: false`), and a PO without a concernadviseur (or whose
 * portefeuillehouder has no account) has only one of the two to ask.
 */
import { fail } from '../shared/errors';
import { checkAgenda } from './agenda';
import { criteriaOf } from './kwaliteitstoets';
import type { OrganisationConfig, Po, PoStatus, VaststellerRole, VaststellingTeruggestuurd, VaststellingVoorstel } from './model';
import { vaststellen } from './lifecycle';
import type { PoRole } from './rights';

type Org = Pick<OrganisationConfig, 'portefeuillehouders' | 'vaststellingDoorBeiden' | 'kwaliteitstoetsCriteria'>;
type VaststellingPo = Pick<Po, 'status' | 'portefeuillehouderId' | 'concernadviseurId' | 'vaststellingVoorstel' | 'agendapunten' | 'sections'>;

const ROLE_NAME: Record<VaststellerRole, string> = { portefeuillehouder: 'de portefeuillehouder', concernadviseur: 'de concernadviseur' };
const other = (role: VaststellerRole): VaststellerRole => (role === 'portefeuillehouder' ? 'concernadviseur' : 'portefeuillehouder');

/** The portefeuillehouder's user id on this PO, when the college member has an account. */
export const phUserOf = (po: Pick<Po, 'portefeuillehouderId'>, org: Pick<OrganisationConfig, 'portefeuillehouders'>): string | null =>
  org.portefeuillehouders.find((p) => p.id === po.portefeuillehouderId)?.userId ?? null;

/** Whether this PO's agenda needs both: the setting (default on), and both people exist. */
export function needsBoth(po: Pick<Po, 'portefeuillehouderId' | 'concernadviseurId'>, org: Org): boolean {
  return (org.vaststellingDoorBeiden ?? true) && po.concernadviseurId !== null && phUserOf(po, org) !== null;
}

/** The user's roles among the two who vaststellen (the concernadviseur first). */
export const vaststellerRoles = (roles: readonly PoRole[]): VaststellerRole[] =>
  (['concernadviseur', 'portefeuillehouder'] as const).filter((r) => roles.includes(r));

/** Who must agree to the open proposal: the other one, by role and user id. Null without a proposal. */
export function mustAgree(
  po: Pick<Po, 'portefeuillehouderId' | 'concernadviseurId' | 'vaststellingVoorstel'>,
  org: Org,
): { role: VaststellerRole; userId: string | null } | null {
  if (!po.vaststellingVoorstel) return null;
  const role = other(po.vaststellingVoorstel.role);
  return { role, userId: role === 'portefeuillehouder' ? phUserOf(po, org) : po.concernadviseurId };
}

const assertConcept = (po: Pick<Po, 'status'>): void => {
  if (po.status === 'vastgesteld') fail('invalid_state', 'De agenda is al vastgesteld.');
  if (po.status !== 'concept') fail('invalid_state', 'De agenda kan alleen voor de vergadering worden vastgesteld.');
};

/** Refused with every problem (as vaststellen is) when the agenda is not complete. */
function assertReady(po: VaststellingPo, org: Org, action: string): void {
  const { problems } = checkAgenda(po, criteriaOf(org));
  if (problems.length > 0) {
    fail('agenda_not_ready', `${action} kan niet: ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}.`, problems);
  }
}

/** What this user may do about vaststellen now (shown as buttons; the commands decide again). */
export function vaststellingRights(
  po: Pick<Po, 'status' | 'portefeuillehouderId' | 'concernadviseurId' | 'vaststellingVoorstel'>,
  org: Org,
  roles: readonly PoRole[],
): { voorleggen: boolean; vaststellen: boolean; terugsturen: boolean } {
  const mine = vaststellerRoles(roles);
  if (po.status !== 'concept' || mine.length === 0) return { voorleggen: false, vaststellen: false, terugsturen: false };
  if (!needsBoth(po, org)) return { voorleggen: false, vaststellen: true, terugsturen: false };
  const open = po.vaststellingVoorstel;
  const agrees = !!open && mine.includes(other(open.role));
  return { voorleggen: !open, vaststellen: agrees, terugsturen: agrees };
}

/** Voorleggen ter vaststelling: the proposal, made by the concernadviseur or the portefeuillehouder. */
export function propose(po: VaststellingPo, org: Org, roles: readonly PoRole[], by: { id: string; name: string }, at: string): VaststellingVoorstel {
  const mine = vaststellerRoles(roles);
  const role = mine[0] ?? fail('forbidden', 'Alleen de portefeuillehouder en de concernadviseur stellen de agenda vast.');
  assertConcept(po);
  if (!needsBoth(po, org)) fail('invalid_state', 'Voor dit PO is geen tweede akkoord nodig: stel de agenda direct vast.');
  const open = po.vaststellingVoorstel;
  if (open && mine.includes(open.role)) fail('invalid_state', `De agenda ligt al ter vaststelling bij ${ROLE_NAME[other(open.role)]}.`);
  if (open) fail('invalid_state', `${open.byName} heeft de agenda al voorgelegd: stel haar vast of stuur haar terug.`);
  assertReady(po, org, 'Voorleggen');
  return { by: by.id, byName: by.name, role, at };
}

/**
 * Vaststellen: with both needed, only the other one of an open proposal agrees; otherwise the
 * portefeuillehouder or concernadviseur alone. The agenda is checked again either way.
 */
export function agree(po: VaststellingPo, org: Org, roles: readonly PoRole[]): PoStatus {
  const mine = vaststellerRoles(roles);
  if (mine.length === 0) fail('forbidden', 'Alleen de portefeuillehouder en de concernadviseur stellen de agenda vast.');
  assertConcept(po);
  if (needsBoth(po, org)) {
    const open =
      po.vaststellingVoorstel ??
      fail(
        'invalid_state',
        `De agenda wordt door de portefeuillehouder en de concernadviseur samen vastgesteld: leg haar eerst voor ter vaststelling aan ${ROLE_NAME[other(mine[0]!)]}.`,
      );
    if (!mine.includes(other(open.role))) fail('invalid_state', `U heeft de agenda zelf voorgelegd; ${ROLE_NAME[other(open.role)]} stelt haar vast.`);
  }
  return vaststellen(po, criteriaOf(org));
}

/** Terugsturen: the one who must agree sends the proposal back, with a remark. */
export function sendBack(
  po: VaststellingPo,
  roles: readonly PoRole[],
  by: { id: string; name: string },
  opmerking: string,
  at: string,
): VaststellingTeruggestuurd {
  const mine = vaststellerRoles(roles);
  if (mine.length === 0) fail('forbidden', 'Alleen de portefeuillehouder en de concernadviseur stellen de agenda vast.');
  assertConcept(po);
  const open = po.vaststellingVoorstel ?? fail('invalid_state', 'Er ligt geen agenda ter vaststelling om terug te sturen.');
  if (!mine.includes(other(open.role))) fail('invalid_state', `U heeft de agenda zelf voorgelegd; alleen ${ROLE_NAME[other(open.role)]} kan haar terugsturen.`);
  const text = opmerking.trim();
  if (text === '')
    fail('validation', 'Schrijf erbij waarom de agenda terug gaat.', [{ code: 'opmerking_missing', path: 'body.opmerking', message: 'Geef een opmerking.' }]);
  return { by: by.id, byName: by.name, opmerking: text, at };
}

/** What a line in "Mijn PO's" tells one of the two about vaststellen. */
export type VaststellingVoorMij = 'wacht_op_jou' | 'teruggestuurd';

/**
 * For a list of POs (no content loaded): the agenda lies with this user for vaststelling (the
 * other one proposed it), or their proposal came back (the other one sent it back). Only before
 * the agenda is vastgesteld; null for everyone else.
 */
export function vaststellingVoorMij(
  po: Pick<Po, 'status' | 'portefeuillehouderId' | 'concernadviseurId'> & { voorstelRole: VaststellerRole | null; teruggestuurdBy: string | null },
  org: Pick<OrganisationConfig, 'portefeuillehouders'>,
  userId: string,
): VaststellingVoorMij | null {
  if (po.status !== 'concept') return null;
  const userOf = (role: VaststellerRole): string | null => (role === 'portefeuillehouder' ? phUserOf(po, org) : po.concernadviseurId);
  if (po.voorstelRole) return userOf(other(po.voorstelRole)) === userId ? 'wacht_op_jou' : null;
  if (po.teruggestuurdBy === null || po.teruggestuurdBy === userId) return null;
  const isVaststeller = userOf('portefeuillehouder') === userId || userOf('concernadviseur') === userId;
  return isVaststeller ? 'teruggestuurd' : null;
}
