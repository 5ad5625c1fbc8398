/** The connection, the unsent writes ("n wijzigingen nog niet verzonden") and who is present. */
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useT } from '../session';
import type { PresenceUser } from '../types';
import type { Connection } from './live';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  dot: { width: '8px', height: '8px', borderRadius: '50%', display: 'inline-block', marginRight: tokens.spacingHorizontalXS },
  online: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  connecting: { backgroundColor: tokens.colorPaletteYellowBackground3 },
  offline: { backgroundColor: tokens.colorPaletteRedBackground3 },
  pending: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  people: { display: 'flex', gap: tokens.spacingHorizontalXXS, listStyleType: 'none', margin: 0, padding: 0 },
  initials: {
    width: '28px',
    height: '28px',
    borderRadius: '50%',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .slice(0, 2)
    .join('') || name.slice(0, 1).toUpperCase();

export function LiveStatus({
  connection,
  pending,
  presence,
  showPending = true,
}: {
  connection: Connection;
  pending: number;
  presence: PresenceUser[];
  showPending?: boolean;
}): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  return (
    <div className={styles.root}>
      <Text size={200} role="status" data-testid="connection">
        <span className={mergeClasses(styles.dot, styles[connection])} aria-hidden="true" />
        {t(`meeting.connection.${connection}`)}
      </Text>
      {showPending && pending > 0 && (
        <Text size={200} className={styles.pending} role="status" data-testid="pending">
          {pending === 1 ? t('meeting.pending.one') : t('meeting.pending.other', { n: pending })}
        </Text>
      )}
      {presence.length > 0 && (
        <>
          <ul className={styles.people} aria-label={t('meeting.presence')}>
            {presence.slice(0, 8).map((p) => (
              <li key={p.id} className={styles.initials} title={p.name}>
                <span aria-hidden="true">{initialsOf(p.name)}</span>
                <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{p.name}</span>
              </li>
            ))}
          </ul>
          <Text size={200} className={styles.muted}>
            {t('meeting.presenceCount', { n: presence.length })}
          </Text>
        </>
      )}
    </div>
  );
}
