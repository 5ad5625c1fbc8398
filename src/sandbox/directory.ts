/**
 * The sandbox's directory: fake colleagues of a fake municipality for the people picker, and the
 * teams and channels the signed-in user is a member of (the demo verslag channel among them).
 */
export interface SandboxPerson {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  jobTitle: string;
}

const person = (n: number, displayName: string, jobTitle: string): SandboxPerson => {
  const local = displayName
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
  return {
    id: `5a000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    displayName,
    mail: `${local}@gemeente.example`,
    userPrincipalName: `${local}@gemeente.example`,
    jobTitle,
  };
};

export const SANDBOX_PEOPLE: SandboxPerson[] = [
  person(1, 'Anouk van Dijk', 'Burgemeester'),
  person(2, 'Lotte de Boer', 'Wethouder'),
  person(3, 'Hamid Yilmaz', 'Wethouder'),
  person(4, 'Sanne Kok', 'Wethouder'),
  person(5, 'Pieter Vermeulen', 'Concernadviseur'),
  person(6, 'Iris Hendriks', 'Bestuurscommunicatieadviseur'),
  person(7, 'Johan van Leeuwen', 'Gemeentesecretaris'),
  person(8, 'Yara Bos', 'Teamleider Ruimte'),
  person(9, 'Daan Meijer', 'Functioneel beheerder'),
  person(10, 'Lotte Jacobs', 'Beleidsmedewerker'),
];

type Named = { id: string; displayName: string };

/** A team is a Microsoft 365 group: its Planner plans are the group's (`GET /groups/{id}/planner/plans`). */
export const SANDBOX_TEAMS: (Named & { channels: Named[]; plans: { id: string; title: string }[] })[] = [
  {
    id: 'team-po-overleg',
    displayName: 'PO-overleg',
    channels: [
      { id: 'channel-verslagen', displayName: 'Verslagen' },
      { id: 'channel-algemeen', displayName: 'Algemeen' },
    ],
    plans: [{ id: 'plan-po-actiepunten', title: 'PO-actiepunten' }],
  },
  {
    id: 'team-bestuursondersteuning',
    displayName: 'Bestuursondersteuning',
    channels: [
      { id: 'channel-bo-algemeen', displayName: 'Algemeen' },
      { id: 'channel-bo-college', displayName: 'Collegevergadering' },
    ],
    plans: [{ id: 'plan-bo-acties', title: 'Acties bestuursondersteuning' }],
  },
];

/**
 * Graph's `$search` as the people picker sends it: `"displayName:lot" OR "mail:lot"`. Each quoted
 * `property:text` clause matches when the property contains the text (case-insensitive).
 */
export function searchPeople(search: string): SandboxPerson[] {
  const clauses = [...search.matchAll(/"(\w+):([^"]*)"/g)].map((m) => ({ property: m[1] ?? '', text: (m[2] ?? '').trim().toLowerCase() }));
  return SANDBOX_PEOPLE.filter((p) =>
    clauses.some((c) => {
      const value = (p as unknown as Record<string, unknown>)[c.property];
      return c.text !== '' && typeof value === 'string' && value.toLowerCase().includes(c.text);
    }),
  );
}
