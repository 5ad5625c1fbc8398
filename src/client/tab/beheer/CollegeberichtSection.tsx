/** The collegebericht template: its heading, which of seed 003's fields it shows in what order and under what label, and a closing text. */
import { Button, Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { COLLEGEBERICHT_FIELDS, DEFAULT_COLLEGEBERICHT, type CollegeberichtField, type CollegeberichtTemplate } from '../../../domain/collegebericht';
import { useSession, useT } from '../../shared/session';
import { SaveStatus } from './SaveStatus';
import { SectionForm } from './SectionForm';
import { useBeheerStyles } from './styles';
import { useSaver } from './useSaver';

interface Row {
  key: CollegeberichtField;
  label: string;
  on: boolean;
}

/** The template's fields first, in its order; the fields it leaves out after them, switched off. */
const rowsOf = (t: CollegeberichtTemplate): Row[] => [
  ...t.fields.map((f) => ({ ...f, on: true })),
  ...COLLEGEBERICHT_FIELDS.filter((k) => !t.fields.some((f) => f.key === k)).map((k) => ({
    key: k,
    label: DEFAULT_COLLEGEBERICHT.fields.find((f) => f.key === k)?.label ?? k,
    on: false,
  })),
];

export function CollegeberichtSection({ template, onSaved }: { template: CollegeberichtTemplate; onSaved: () => void }): JSX.Element {
  const styles = useBeheerStyles();
  const { t } = useT();
  const { api } = useSession();
  const saver = useSaver();
  const [heading, setHeading] = useState(template.heading);
  const [rows, setRows] = useState(() => rowsOf(template));
  const [closing, setClosing] = useState(template.closing);
  const change = (i: number, patch: Partial<Row>): void => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: -1 | 1): void =>
    setRows((rs) => {
      const next = [...rs];
      const [row] = next.splice(i, 1);
      next.splice(i + by, 0, row!);
      return next;
    });
  const save = async (): Promise<void> => {
    const body: CollegeberichtTemplate = {
      heading,
      fields: rows.filter((r) => r.on).map(({ key, label }) => ({ key, label })),
      closing,
    };
    if (await saver.run(() => api.request('PUT', '/api/beheer/collegebericht', body))) onSaved();
  };

  return (
    <SectionForm id="beheer-collegebericht" title={t('beheer.section.collegebericht')} onSubmit={save}>
      <Field label={t('beheer.collegebericht.heading')} required>
        <Input value={heading} maxLength={200} onChange={(_, d) => setHeading(d.value)} />
      </Field>
      <ol className={styles.list} aria-label={t('beheer.collegebericht.fields')}>
        {rows.map((r, i) => (
          <li key={r.key} className={styles.item}>
            <Checkbox
              checked={r.on}
              label={t('beheer.collegebericht.include', { field: t(`beheer.collegebericht.field.${r.key}`) })}
              onChange={(_, d) => change(i, { on: d.checked === true })}
            />
            <Field label={t('beheer.collegebericht.label', { field: t(`beheer.collegebericht.field.${r.key}`) })}>
              <Input value={r.label} maxLength={100} disabled={!r.on} onChange={(_, d) => change(i, { label: d.value })} />
            </Field>
            <div className={styles.row}>
              <Button size="small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('beheer.collegebericht.upOf', { field: r.label })}>
                {t('beheer.collegebericht.up')}
              </Button>
              <Button
                size="small"
                disabled={i === rows.length - 1}
                onClick={() => move(i, 1)}
                aria-label={t('beheer.collegebericht.downOf', { field: r.label })}
              >
                {t('beheer.collegebericht.down')}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Field label={t('beheer.collegebericht.closing')}>
        <Textarea value={closing} maxLength={2000} resize="vertical" rows={2} onChange={(_, d) => setClosing(d.value)} />
      </Field>
      <SaveStatus saver={saver} />
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={saver.busy}>
          {t('beheer.save')}
        </Button>
      </div>
    </SectionForm>
  );
}
