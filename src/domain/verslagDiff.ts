/** What changed between two versions of a verslag: for the "Gecorrigeerd verslag" reply. */
import type { VerslagItem, VerslagModel } from './verslag';

export interface VerslagChange {
  change: 'toegevoegd' | 'verwijderd' | 'gewijzigd';
  /** e.g. "Besluitpunt", "Actiepunt", "Bespreking". */
  what: string;
  agendapuntNummer: string;
  text: string;
  before: string | null;
}

type Entry = { key: string; what: string; nummer: string; text: string };

function entries(model: VerslagModel): Entry[] {
  const out: Entry[] = [];
  const visible = model.items.filter((i): i is Extract<VerslagItem, { vertrouwelijk: false }> => !i.vertrouwelijk);
  for (const item of visible) {
    const n = item.nummer;
    out.push({ key: `bespreking:${n}`, what: 'Bespreking', nummer: n, text: item.bespreking });
    for (const b of item.besluitpunten)
      out.push({ key: b.id, what: 'Besluitpunt', nummer: n, text: b.collegeDatum ? `${b.text} (college ${b.collegeDatum})` : b.text });
    for (const a of item.actiepunten) out.push({ key: a.id, what: 'Actiepunt', nummer: n, text: `${a.text} (${a.wie}${a.wanneer ? `, ${a.wanneer}` : ''})` });
    for (const t of item.toezeggingen)
      out.push({ key: t.id, what: 'Toezegging', nummer: n, text: `${t.text} (aan ${t.aan}${t.wanneer ? `, ${t.wanneer}` : ''})` });
    for (const m of item.moties) out.push({ key: m.id, what: 'Motie', nummer: n, text: `${m.referentie}: ${m.text}${m.afdoening ? ` (${m.afdoening})` : ''}` });
  }
  return out.filter((e) => e.text.trim() !== '');
}

export function diffVerslag(before: VerslagModel, after: VerslagModel): VerslagChange[] {
  const old = new Map(entries(before).map((e) => [e.key, e]));
  const changes: VerslagChange[] = [];
  const seen = new Set<string>();
  for (const e of entries(after)) {
    seen.add(e.key);
    const prev = old.get(e.key);
    if (!prev) changes.push({ change: 'toegevoegd', what: e.what, agendapuntNummer: e.nummer, text: e.text, before: null });
    else if (prev.text !== e.text) changes.push({ change: 'gewijzigd', what: e.what, agendapuntNummer: e.nummer, text: e.text, before: prev.text });
  }
  for (const [key, e] of old) {
    if (!seen.has(key)) changes.push({ change: 'verwijderd', what: e.what, agendapuntNummer: e.nummer, text: e.text, before: e.text });
  }
  return changes;
}
