/**
 * Vaststellen and the kwaliteitstoets (issue 15): whether the portefeuillehouder and the
 * concernadviseur stellen the agenda samen vast (default), and the checklist of the toets
 * (default: seeds 000 and 001). A criterion keeps its code when its label is reworded.
 */
import { Button, Field, Input, Switch } from '@fluentui/react-components';
import { useState } from 'react';
import { criteriaOf } from '../../../domain/kwaliteitstoets';
import type { OrganisationConfig, ToetsCriterium } from '../../../domain/model';
import { AddIcon, DeleteIcon } from '../../shared/components/Icons';
import { useSession, useT } from '../../shared/session';
import { SaveStatus } from './SaveStatus';
import { SectionForm } from './SectionForm';
import { useBeheerStyles } from './styles';
import { useSaver } from './useSaver';

/** A code for a new criterion from its label: lower case, digits and dashes, unique in the list. */
export function codeFor(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'criterium';
  let code = base;
  for (let n = 2; taken.includes(code); n++) code = `${base}-${n}`;
  return code;
}

export function VaststellingSection({ config, onSaved }: { config: OrganisationConfig; onSaved: () => void }): JSX.Element {
  const styles = useBeheerStyles();
  const { t } = useT();
  const { api } = useSession();
  const saver = useSaver();
  const [doorBeiden, setDoorBeiden] = useState(config.vaststellingDoorBeiden ?? true);
  const [criteria, setCriteria] = useState<ToetsCriterium[]>(criteriaOf(config));
  const [nieuw, setNieuw] = useState('');

  const save = async (): Promise<void> => {
    const kwaliteitstoetsCriteria = criteria.map((c) => ({ ...c, label: c.label.trim() })).filter((c) => c.label);
    if (await saver.run(() => api.saveVaststelling({ vaststellingDoorBeiden: doorBeiden, kwaliteitstoetsCriteria }))) onSaved();
  };
  const add = (): void => {
    const label = nieuw.trim();
    if (!label) return;
    setCriteria([
      ...criteria,
      {
        id: codeFor(
          label,
          criteria.map((c) => c.id),
        ),
        label,
      },
    ]);
    setNieuw('');
  };

  return (
    <SectionForm id="beheer-vaststelling" title={t('beheer.vaststelling.title')} onSubmit={save}>
      <Field hint={t('beheer.vaststelling.doorBeiden.hint')}>
        <Switch checked={doorBeiden} label={t('beheer.vaststelling.doorBeiden')} onChange={(_, d) => setDoorBeiden(d.checked)} />
      </Field>
      <fieldset className={styles.card}>
        <legend>{t('beheer.vaststelling.criteria')}</legend>
        {criteria.map((c, i) => (
          <div key={c.id} className={styles.row}>
            <Field label={t('beheer.vaststelling.criterium', { n: i + 1 })}>
              <Input value={c.label} maxLength={200} onChange={(_, d) => setCriteria(criteria.map((o) => (o.id === c.id ? { ...o, label: d.value } : o)))} />
            </Field>
            <Button
              appearance="subtle"
              icon={<DeleteIcon />}
              aria-label={t('beheer.vaststelling.remove', { label: c.label })}
              onClick={() => setCriteria(criteria.filter((o) => o.id !== c.id))}
            />
          </div>
        ))}
        <div className={styles.row}>
          <Field label={t('beheer.vaststelling.add')}>
            <Input
              value={nieuw}
              maxLength={200}
              onChange={(_, d) => setNieuw(d.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </Field>
          <Button icon={<AddIcon />} disabled={!nieuw.trim()} onClick={add}>
            {t('beheer.vaststelling.addSubmit')}
          </Button>
        </div>
      </fieldset>
      <SaveStatus saver={saver} />
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={saver.busy}>
          {t('beheer.vaststelling.save')}
        </Button>
      </div>
    </SectionForm>
  );
}
