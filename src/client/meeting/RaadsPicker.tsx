/**
 * Choosing the raad's motie or toezegging a PO record follows up (issue 15): the open entries of
 * the register of that kind, by nummer. The record then carries `raadsItemId` instead of a retyped
 * copy (a motie chosen here takes the griffie's nummer as its referentie on the server).
 * Presentational apart from its one list call; the record form passes the value on in its draft.
 */
import { Field, Select, makeStyles } from '@fluentui/react-components';
import { useContext, useId } from 'react';
import type { Api } from '../shared/api';
import { SessionContext, useT } from '../shared/session';
import { useAsync } from '../shared/useAsync';
import { raadsList } from '../shared/raadsApi';

// A long nummer and titel must not widen the side panel's form past its 320 px.
const useStyles = makeStyles({ fit: { width: '100%', minWidth: 0, maxWidth: '100%' } });

export interface RaadsPickerProps {
  soort: 'motie' | 'toezegging';
  value: string | null;
  onChange: (raadsItemId: string | null) => void;
}

/** The picker with the session's API; nothing without a session (a form tested on its own). */
export function RaadsPicker(props: RaadsPickerProps): JSX.Element | null {
  const api = useContext(SessionContext)?.api;
  return api ? <RaadsSelect api={api} {...props} /> : null;
}

function RaadsSelect({ api, soort, value, onChange }: RaadsPickerProps & { api: Api }): JSX.Element {
  const { t } = useT();
  const styles = useStyles();
  const id = useId();
  const entries = useAsync(() => raadsList(api, { soort, limit: 200 }), [api, soort]);
  return (
    <Field label={t('raads.link.label')} hint={t('raads.link.hint')} validationMessage={entries.error !== null ? t('raads.none') : undefined}>
      <Select id={id} className={styles.fit} select={{ className: styles.fit }} value={value ?? ''} onChange={(_, d) => onChange(d.value || null)}>
        <option value="">{t('raads.link.none')}</option>
        {(entries.data?.items ?? []).map((e) => (
          <option key={e.id} value={e.id}>
            {`${e.nummer} — ${e.titel}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
