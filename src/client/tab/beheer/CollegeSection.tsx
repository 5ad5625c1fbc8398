/** The college: portefeuillehouders (burgemeester, wethouders), their portfolios and raadsthema's, each linked to a user. */
import { Button, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Portefeuillehouder, User } from '../../../domain/model';
import { useSession, useT } from '../../shared/session';
import { SaveStatus } from './SaveStatus';
import { useBeheerStyles } from './styles';
import { useSaver } from './useSaver';

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
/** "Samenleving: Sport; Cultuur" per line <-> { domein, onderwerpen }. */
const portefeuillesText = (p: Portefeuillehouder['portefeuilles']): string => p.map((x) => `${x.domein}: ${x.onderwerpen.join('; ')}`).join('\n');
const parsePortefeuilles = (text: string): Portefeuillehouder['portefeuilles'] =>
  lines(text).map((line) => {
    const [domein = '', rest = ''] = line.includes(':') ? [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)] : [line, ''];
    return {
      domein: domein.trim(),
      onderwerpen: rest
        .split(';')
        .map((o) => o.trim())
        .filter(Boolean),
    };
  });
/** A code from the name: lower case letters and dashes, e.g. "Lotte de Boer" -> "lotte-de-boer". */
const codeOf = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);

interface Draft {
  index: number | null;
  id: string;
  name: string;
  titel: Portefeuillehouder['titel'];
  userId: string;
  portefeuilles: string;
  raadsthemas: string;
}
const empty: Draft = { index: null, id: '', name: '', titel: 'wethouder', userId: '', portefeuilles: '', raadsthemas: '' };

export function CollegeSection({ college, users, onSaved }: { college: Portefeuillehouder[]; users: User[]; onSaved: () => void }): JSX.Element {
  const styles = useBeheerStyles();
  const { t } = useT();
  const { api } = useSession();
  const saver = useSaver();
  const [draft, setDraft] = useState<Draft | null>(null);

  const save = async (next: Portefeuillehouder[]): Promise<void> => {
    if (await saver.run(() => api.saveCollege(next))) {
      setDraft(null);
      onSaved();
    }
  };
  const submit = (d: Draft): void => {
    const member: Portefeuillehouder = {
      id: d.id.trim() || codeOf(d.name),
      name: d.name.trim(),
      titel: d.titel,
      userId: d.userId || null,
      portefeuilles: parsePortefeuilles(d.portefeuilles),
      raadsthemas: lines(d.raadsthemas),
    };
    void save(d.index === null ? [...college, member] : college.map((p, i) => (i === d.index ? member : p)));
  };
  const edit = (p: Portefeuillehouder, index: number): void =>
    setDraft({
      index,
      id: p.id,
      name: p.name,
      titel: p.titel,
      userId: p.userId ?? '',
      portefeuilles: portefeuillesText(p.portefeuilles),
      raadsthemas: p.raadsthemas.join('\n'),
    });
  const set = (patch: Partial<Draft>): void => setDraft((d) => (d ? { ...d, ...patch } : d));

  return (
    <section className={styles.card} aria-labelledby="beheer-college">
      <h2 className={styles.h2} id="beheer-college">
        {t('beheer.section.college')}
      </h2>
      {college.length === 0 ? (
        <Text className={styles.muted}>{t('beheer.college.none')}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('beheer.section.college')}>
          {college.map((p, i) => (
            <li key={p.id} className={styles.item}>
              <span>
                {t('beheer.college.member', { name: p.name, titel: p.titel })}{' '}
                <span className={styles.muted}>{p.portefeuilles.flatMap((x) => x.onderwerpen).join(', ')}</span>
              </span>
              <span className={styles.row}>
                <Button size="small" aria-label={`${t('beheer.college.edit')}: ${p.name}`} onClick={() => edit(p, i)}>
                  {t('beheer.college.edit')}
                </Button>
                <Button size="small" aria-label={`${t('beheer.remove')}: ${p.name}`} onClick={() => void save(college.filter((_, j) => j !== i))}>
                  {t('beheer.remove')}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {!draft && (
        <div className={styles.row}>
          <Button
            onClick={() => {
              saver.clear();
              setDraft(empty);
            }}
          >
            {t('beheer.college.add')}
          </Button>
        </div>
      )}
      {draft && (
        <form
          className={styles.page}
          aria-label={t('beheer.college.add')}
          onSubmit={(e) => {
            e.preventDefault();
            submit(draft);
          }}
        >
          <div className={styles.grid}>
            <Field label={t('beheer.college.name')} required>
              <Input value={draft.name} maxLength={200} onChange={(_, d) => set({ name: d.value })} />
            </Field>
            <Field label={t('beheer.college.code')}>
              <Input
                value={draft.id}
                placeholder={codeOf(draft.name)}
                maxLength={50}
                disabled={draft.index !== null}
                onChange={(_, d) => set({ id: d.value })}
              />
            </Field>
            <Field label={t('beheer.college.titel')}>
              <Select value={draft.titel} onChange={(_, d) => set({ titel: d.value as Portefeuillehouder['titel'] })}>
                <option value="burgemeester">burgemeester</option>
                <option value="wethouder">wethouder</option>
              </Select>
            </Field>
            <Field label={t('beheer.college.user')}>
              <Select value={draft.userId} onChange={(_, d) => set({ userId: d.value })}>
                <option value="">{t('app.nobody')}</option>
                {users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field label={t('beheer.college.portefeuilles')}>
            <Textarea value={draft.portefeuilles} rows={3} resize="vertical" onChange={(_, d) => set({ portefeuilles: d.value })} />
          </Field>
          <Field label={t('beheer.college.raadsthemas')}>
            <Textarea value={draft.raadsthemas} rows={2} resize="vertical" onChange={(_, d) => set({ raadsthemas: d.value })} />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" type="submit" disabled={saver.busy || !draft.name.trim()}>
              {t('beheer.save')}
            </Button>
            <Button onClick={() => setDraft(null)}>{t('app.cancel')}</Button>
          </div>
        </form>
      )}
      <SaveStatus saver={saver} />
    </section>
  );
}
