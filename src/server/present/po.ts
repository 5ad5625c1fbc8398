/** Presenters: what a response shows of a PO, for this user. No database or Graph types leak out. */
import type { OrganisationConfig, User } from '../../domain';
import { checkAgenda, deadlineFor, numberItems, orderedItems, poRolesOf, redactFor, rightsOn } from '../../domain';
import type { LoadedPo } from '../store/pos';

export function presentPo(full: LoadedPo, user: User, org: OrganisationConfig) {
  const rights = rightsOn(user, full, org);
  const po = { ...redactFor(full, rights.readItem), seq: full.seq };
  const numbers = numberItems(po);
  const ph = org.portefeuillehouders.find((p) => p.id === po.portefeuillehouderId);
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
    stukkenDeadline: deadlineFor(po, org).toISOString(),
    agendaCheck: checkAgenda(po),
    seq: po.seq,
    myRoles: poRolesOf(user, po, org),
    rights: {
      editAgenda: rights.editAgenda,
      editItems: po.agendapunten.filter((i) => rights.editItem(i.id)).map((i) => i.id),
      confirmKwaliteitstoets: po.agendapunten.filter((i) => rights.confirmKwaliteitstoets(i.id)).map((i) => i.id),
      chair: rights.chair,
      record: rights.record,
      approveVerslag: rights.approveVerslag,
      publish: rights.publish,
      decideAgendaverzoek: rights.decideAgendaverzoek,
    },
    createdAt: po.createdAt,
    updatedAt: po.updatedAt,
  };
}

/** A line in a list of POs: no content, so it can be shown to anyone involved. */
export function presentPoSummary(po: LoadedPo, user: User, org: OrganisationConfig) {
  const ph = org.portefeuillehouders.find((p) => p.id === po.portefeuillehouderId);
  return {
    id: po.id,
    title: po.title,
    status: po.status,
    startsAt: po.startsAt,
    portefeuillehouder: { id: po.portefeuillehouderId, name: ph?.name ?? '' },
    agendapunten: po.agendapunten.length,
    publishedVersion: po.publishedVersion,
    myRoles: poRolesOf(user, po, org),
  };
}
