/** Checkboxes for the organisation-wide roles, in a labelled group. */
import { Checkbox } from '@fluentui/react-components';
import { ROLE_LABEL } from '../../../domain/labels';
import { ROLES, type Role } from '../../../domain/model';
import { pick } from '../../shared/i18n';
import { useT } from '../../shared/session';
import { useBeheerStyles } from './styles';

export function RoleChoice({ legend, roles, onChange }: { legend: string; roles: Role[]; onChange: (roles: Role[]) => void }): JSX.Element {
  const styles = useBeheerStyles();
  const { locale } = useT();
  return (
    <fieldset className={styles.roles}>
      <legend className={styles.muted}>{legend}</legend>
      {ROLES.map((r) => (
        <Checkbox
          key={r}
          label={pick(ROLE_LABEL[r], locale)}
          checked={roles.includes(r)}
          onChange={(_, d) => onChange(d.checked ? [...roles, r] : roles.filter((x) => x !== r))}
        />
      ))}
    </fieldset>
  );
}
