/**
 * The standing item's content when it is under discussion: the open actiepunten, toezeggingen and
 * moties of the portefeuillehouder's earlier POs, each with who and by when, overdue ones marked,
 * so they are actually gone through (issue 14). The list comes from the read path
 * (`GET /api/pos/:poId/opvolging`, read/registers.ts `standingItem`, the read policy per record):
 * `load` is that call. `OpenFollowUpList` is the presentational part.
 */
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { RECORD_KIND_LABEL } from '../../../domain/labels';
import { amsterdamDate } from '../../../domain/dates';
import { formatDate } from '../format';
import { useRef } from 'react';
import { useT } from '../session';
import type { FollowUpEntry, UserView } from '../types';
import { useAsync } from '../useAsync';
import { plural, withOwnerNames } from './words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: 0 },
  h: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  overdueItem: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  text: { overflowWrap: 'break-word', hyphens: 'auto' },
  meta: { color: tokens.colorNeutralForeground2, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  large: { fontSize: 'clamp(18px, 2.2vh, 32px)', lineHeight: 1.3 },
  largeH: { fontSize: 'clamp(22px, 3vh, 40px)' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** How many the screens show; the rest is in the register. */
const SHOWN = 12;

export function OpenFollowUpList({ entries, total, large }: { entries: FollowUpEntry[]; total?: number; large?: boolean }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const shownEntries = entries.slice(0, SHOWN);
  const rest = (total ?? entries.length) - shownEntries.length;
  return (
    <section className={styles.root} aria-labelledby="followup-h" data-testid="open-followup">
      <h3 id="followup-h" className={mergeClasses(styles.h, large && styles.largeH)}>
        {t('followup.title')} · {plural(t, 'followup.count', entries.length)}
      </h3>
      {entries.length === 0 ? (
        <Text className={mergeClasses(styles.muted, large && styles.large)}>{t('followup.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {shownEntries.map((e) => (
            <li key={e.record.id} className={mergeClasses(styles.item, e.overdue && styles.overdueItem, large && styles.large)} data-testid="followup-entry">
              <span className={styles.text}>
                <strong>{RECORD_KIND_LABEL[e.record.kind][locale]}</strong> {e.record.text}
              </span>
              <span className={styles.meta}>
                {e.record.ownerName && <span>{t('record.owner', { name: e.record.ownerName })}</span>}
                <span className={e.overdue ? styles.overdue : undefined}>
                  {e.record.dueDate ? t('record.due', { date: formatDate(e.record.dueDate, locale) }) : t('followup.noDue')}
                  {e.overdue && ` · ${t('followup.overdue')}`}
                </span>
                <span>{t('followup.from', { po: formatDate(amsterdamDate(new Date(e.poStartsAt)), locale) })}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {rest > 0 && <Text className={styles.muted}>{t('followup.more', { n: rest })}</Text>}
    </section>
  );
}

/** Loads the standing item's open follow-up (again when `itemId` changes) and shows it. */
export function StandingFollowUp({
  load,
  itemId,
  users = [],
  large,
}: {
  load: () => Promise<FollowUpEntry[]>;
  itemId: string;
  users?: UserView[];
  large?: boolean;
}): JSX.Element {
  const { t } = useT();
  // The caller's `load` is a new function each render; loaded again only when the item changes.
  const loader = useRef(load);
  loader.current = load;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `itemId` is the reason to load again, not an input
  const state = useAsync(() => loader.current(), [itemId]);
  if (state.error) return <Text role="alert">{t('followup.error')}</Text>;
  if (!state.data) return <Text>{t('followup.loading')}</Text>;
  const entries = state.data.map((e) => ({ ...e, record: withOwnerNames([e.record], users)[0] ?? e.record }));
  return <OpenFollowUpList entries={entries} large={large} />;
}
