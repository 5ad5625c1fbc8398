/** Roles from Microsoft Entra: security groups or app roles that give a role at sign-in. */
import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { ROLE_LABEL } from '../../../domain/labels';
import { ROLES, type Role, type RoleMapping } from '../../../domain/model';
import { pick } from '../../shared/i18n';
import { useSession, useT } from '../../shared/session';
import { SaveStatus } from './SaveStatus';
import { SectionForm } from './SectionForm';
import { useBeheerStyles } from './styles';
import { useSaver } from './useSaver';

export function MappingsSection({ mappings, onSaved }: { mappings: RoleMapping[]; onSaved: () => void }): JSX.Element {
  const styles = useBeheerStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const saver = useSaver();
  const [rows, setRows] = useState<RoleMapping[]>(mappings);
  const set = (i: number, patch: Partial<RoleMapping>): void => setRows((r) => r.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  const save = async (): Promise<void> => {
    if (await saver.run(() => api.saveRoleMappings(rows))) onSaved();
  };

  return (
    <SectionForm id="beheer-mappings" title={t('beheer.section.mappings')} onSubmit={save}>
      <Text className={styles.muted}>{t('beheer.mappings.explain')}</Text>
      {rows.map((m, i) => (
        <div key={i} className={styles.grid}>
          <Field label={t('beheer.mappings.kind')}>
            <Select value={m.kind} onChange={(_, d) => set(i, { kind: d.value as RoleMapping['kind'] })}>
              <option value="group">{t('beheer.mappings.group')}</option>
              <option value="appRole">{t('beheer.mappings.appRole')}</option>
            </Select>
          </Field>
          <Field label={t('beheer.mappings.value')}>
            <Input value={m.value} maxLength={200} onChange={(_, d) => set(i, { value: d.value })} />
          </Field>
          <Field label={t('beheer.mappings.role')}>
            <Select value={m.role} onChange={(_, d) => set(i, { role: d.value as Role })}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {pick(ROLE_LABEL[r], locale)}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={() => setRows(rows.filter((_, j) => j !== i))}>{t('beheer.remove')}</Button>
        </div>
      ))}
      <SaveStatus saver={saver} />
      <div className={styles.row}>
        <Button onClick={() => setRows([...rows, { kind: 'group', value: '', role: 'medewerker' }])}>{t('beheer.add')}</Button>
        <Button appearance="primary" type="submit" disabled={saver.busy}>
          {t('beheer.save')}
        </Button>
      </div>
    </SectionForm>
  );
}
