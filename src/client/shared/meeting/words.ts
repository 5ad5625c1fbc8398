/** Words on the meeting screens: plural forms and Dutch dates in titles (issue 14). Pure. */
import type { Locale, MessageKey, Translate } from '../i18n';
import { formatDate } from '../format';

/** Keys with a `.one` and an `.other` form. */
type Plural<K extends string> = K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;
export type PluralKey = Plural<MessageKey>;

/** "1 agendapunt", "3 agendapunten": the `.one` form for exactly one, `.other` with `{n}` otherwise. */
export const plural = (t: Translate, key: PluralKey, n: number): string => (n === 1 ? t(`${key}.one` as MessageKey) : t(`${key}.other` as MessageKey, { n }));

/** A title with an ISO date in it ("PO Bram Diepstraten 2026-12-07") shows the date in words. */
export const titleWithDate = (title: string, locale: Locale): string =>
  title.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (iso) => formatDate(iso, locale).replace(/^\p{L}+\.?,?\s*/u, ''));

/** Records made with only an account (ownerId) show that person's name, as the directory has it. */
export function withOwnerNames<R extends object>(records: R[], users: { id: string; name: string }[]): R[] {
  return records.map((r) => {
    if (!('ownerId' in r) || typeof r.ownerId !== 'string' || ('ownerName' in r && r.ownerName)) return r;
    const id = r.ownerId;
    return { ...r, ownerName: users.find((u) => u.id === id)?.name ?? '' };
  });
}

/** Oldest first by the time recorded (the server's order otherwise): the newest is last. */
export const byRecorded = <R extends { createdAt: string }>(records: R[]): R[] => [...records].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
