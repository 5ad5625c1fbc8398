/** Tags per agendapunt come from the portfolio distribution of the PO's portefeuillehouder (seed 002). */
import { portefeuillesOf, tagProblems } from '../../src/domain';

const bram = {
  name: 'Bram Diepstraten',
  portefeuilles: [
    { domein: 'Samenleving', onderwerpen: ['Sport'] },
    { domein: 'Fysieke leefomgeving', onderwerpen: ['Mobiliteit en bereikbaarheid'] },
  ],
  raadsthemas: ['Mobiliteit', 'Sport'],
};

test('the portefeuilles are the onderwerpen of every domein, in order', () => {
  expect(portefeuillesOf(bram)).toEqual(['Sport', 'Mobiliteit en bereikbaarheid']);
  expect(portefeuillesOf(undefined)).toEqual([]);
});

test('a tag of this portefeuillehouder is fine; another one is named with the field', () => {
  expect(tagProblems({ portefeuille: 'Sport', raadsthema: 'Mobiliteit', categorie: 'I' }, bram)).toEqual([]);
  expect(tagProblems({ portefeuille: null, raadsthema: null }, bram)).toEqual([]);
  expect(tagProblems({ portefeuille: 'Wonen', raadsthema: 'Wonen & woningbouw' }, bram)).toEqual([
    { code: 'portefeuille_unknown', path: 'body.portefeuille', message: '"Wonen" is geen portefeuille van Bram Diepstraten.' },
    { code: 'raadsthema_unknown', path: 'body.raadsthema', message: '"Wonen & woningbouw" is geen raadsthema van Bram Diepstraten.' },
  ]);
});
