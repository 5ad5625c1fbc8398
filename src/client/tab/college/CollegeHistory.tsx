/** The steps a besluitpunt took through the college: state, date, note, who. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CollegeStep } from '../../../domain/college';
import { formatDate } from '../../shared/format';
import { useT } from '../../shared/session';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export function CollegeHistory({ steps }: { steps: CollegeStep[] }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  return (
    <ol className={styles.list}>
      {steps.map((s, i) => (
        <li key={i}>
          <Text size={200}>
            {t('college.history', { state: t(`college.state.${s.state}`), date: formatDate(s.date, locale) })} · {s.byName}
            {s.note ? ` — ${s.note}` : ''}
          </Text>
        </li>
      ))}
    </ol>
  );
}
