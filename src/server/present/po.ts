/** Presenters: what a response shows of a PO, for this user. No database or Graph types leak out. */
import type { OrganisationConfig, PoReader, User } from '../../domain';
import {
  checkAgendaFor,
  criteriaOf,
  deadlineFor,
  mustAgree,
  needsBoth,
  numberItems,
  orderedItems,
  poRolesOf,
  vaststellingRights,
  vaststellingVoorMij,
  visiblePo,
} from '../../domain';
import type { LoadedPo } from '../store/pos';
import type { PoLine } from '../store/registers';
import type { PoLineView, PoView } from '../../shared/contract/views';

/** The PO for one reader (read/po.ts decides who that is): only what `reader` may see of `full`. */
export function presentPo(full: LoadedPo, reader: PoReader, user: User, org: OrganisationConfig): PoView {
  const rights = reader.rights;
  const po = visiblePo(full, reader);
  const numbers = numberItems(po);
  const ph = org.portefeuillehouders.find((p) => p.id === po.portefeuillehouderId);
  const criteria = criteriaOf(org);
  const myRoles = poRolesOf(user, po, org);
  const vaststelling = vaststellingRights(po, org, myRoles);
  return {
    id: po.id,
    title: po.title,
    status: po.status,
    startsAt: po.startsAt,
    portefeuillehouder: { id: po.portefeuillehouderId, name: ph?.name ?? '', titel: ph?.titel ?? '' },
    concernadviseurId: po.concernadviseurId,
    notulistId: po.notulistId,
    participantIds: po.participantIds,
    aanwezigen: po.aanwezigen,
    attendance: po.attendance ?? null,
    sections: po.sections,
    agendapunten: orderedItems(po.agendapunten, po.sections).map((item) => ({ ...item, nummer: numbers.get(item.id) ?? '' })),
    records: po.records,
    currentAgendapuntId: po.currentAgendapuntId,
    timings: po.timings,
    teamsMeetingChatId: po.teamsMeetingChatId,
    vastgesteldAt: po.vastgesteldAt,
    startedAt: po.startedAt,
    endedAt: po.endedAt,
    approval: po.approval,
    publishedVersion: po.publishedVersion,
    correctionOpen: po.correctionOpen,
    geannuleerd: po.geannuleerd ?? null,
    stukkenDeadline: deadlineFor(po, org).toISOString(),
    agendaCheck: checkAgendaFor(full, reader, criteria),
    vaststelling: {
      doorBeiden: needsBoth(po, org),
      voorstel: po.vaststellingVoorstel,
      teruggestuurd: po.vaststellingTeruggestuurd,
      wachtOp: mustAgree(po, org),
    },
    toetsCriteria: criteria,
    seq: po.seq,
    myRoles,
    rights: {
      editAgenda: rights.editAgenda,
      editItems: po.agendapunten.filter((i) => rights.editItem(i.id)).map((i) => i.id),
      confirmKwaliteitstoets: po.agendapunten.filter((i) => rights.confirmKwaliteitstoets(i.id)).map((i) => i.id),
      chair: rights.chair,
      record: rights.record,
      amendVerslag: rights.amendVerslag,
      approveVerslag: rights.approveVerslag,
      publish: rights.publish,
      decideAgendaverzoek: rights.decideAgendaverzoek,
      ...vaststelling,
      overruleToets: po.status === 'concept' && myRoles.includes('portefeuillehouder'),
    },
    createdAt: po.createdAt,
    updatedAt: po.updatedAt,
  };
}

/** A line in a list of POs: no content, so it can be shown to anyone involved. */
export function presentPoLine(po: PoLine, user: User, org: OrganisationConfig): PoLineView {
  const ph = org.portefeuillehouders.find((p) => p.id === po.portefeuillehouderId);
  return {
    id: po.id,
    title: po.title,
    status: po.status,
    startsAt: po.startsAt,
    portefeuillehouder: { id: po.portefeuillehouderId, name: ph?.name ?? '' },
    agendapunten: po.itemCount,
    publishedVersion: po.publishedVersion,
    myRoles: poRolesOf(user, po, org),
    geannuleerd: po.geannuleerd,
    kwaliteitstoetsVoorMij: po.status === 'concept' || po.status === 'vastgesteld' ? po.toetsWaitingFor.filter((id) => id === user.id).length : 0,
    vaststelling: po.geannuleerd ? null : vaststellingVoorMij(po, org, user.id),
  };
}
