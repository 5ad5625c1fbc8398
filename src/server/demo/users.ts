/** Demo users: the six college members and one person for every other role. */
import type { User } from '../../domain';
import { DEMO_PORTEFEUILLEHOUDERS } from './organisation';

const entra = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const DEMO_USERS: User[] = [
  ...DEMO_PORTEFEUILLEHOUDERS.map((p, i): User => ({
    id: p.userId ?? `u-${p.id}`,
    name: p.name,
    email: `${p.id}@velsen.example`,
    roles: ['portefeuillehouder'],
    functie: p.titel === 'burgemeester' ? 'Burgemeester' : 'Wethouder',
    entraId: entra(i + 1),
  })),
  { id: 'u-eva', name: 'Eva de Vries', email: 'eva.devries@velsen.example', roles: ['concernadviseur'], functie: 'Concernadviseur', entraId: entra(11) },
  { id: 'u-noor', name: 'Noor Bakker', email: 'noor.bakker@velsen.example', roles: ['notulist'], functie: 'Bestuurscommunicatieadviseur', entraId: entra(12) },
  { id: 'u-tim', name: 'Tim Jansen', email: 'tim.jansen@velsen.example', roles: ['opdrachtnemer'], functie: 'Teamleider Wonen', entraId: entra(13) },
  {
    id: 'u-fatima',
    name: 'Fatima El Amrani',
    email: 'fatima.elamrani@velsen.example',
    roles: ['opdrachtnemer'],
    functie: 'Opgavemanager Mobiliteit',
    entraId: entra(14),
  },
  { id: 'u-carla', name: 'Carla Smit', email: 'carla.smit@velsen.example', roles: ['adviseur'], functie: 'CISO', entraId: entra(15) },
  {
    id: 'u-gerard',
    name: 'Gerard Mulder',
    email: 'gerard.mulder@velsen.example',
    roles: ['gemeentesecretaris'],
    functie: 'Gemeentesecretaris',
    entraId: entra(16),
  },
  { id: 'u-mila', name: 'Mila Visser', email: 'mila.visser@velsen.example', roles: ['medewerker'], functie: 'Beleidsmedewerker', entraId: entra(17) },
  { id: 'u-bea', name: 'Bea Kramer', email: 'bea.kramer@velsen.example', roles: ['beheerder'], functie: 'Functioneel beheerder', entraId: entra(18) },
];
