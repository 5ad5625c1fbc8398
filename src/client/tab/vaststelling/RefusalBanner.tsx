/**
 * A refused vaststellen (or voorleggen): every failing agendapunt with its problems, each a link
 * that scrolls to and focuses the item's card (anchor: the item's id), instead of a count.
 */
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Problem } from '../../../shared/errors';
import { problemText } from '../../shared/api';
import { useT } from '../../shared/session';
import type { PoView } from '../../shared/types';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Scrolls to the item's card and puts focus on it, so a keyboard or screen reader user lands there too. */
export function focusItem(itemId: string): void {
  const card = document.getElementById(`agendapunt-${itemId}`);
  if (!card) return;
  if (!card.hasAttribute('tabindex')) card.setAttribute('tabindex', '-1');
  card.scrollIntoView({ block: 'center' });
  card.focus({ preventScroll: true });
}

export function RefusalBanner({ po, problems }: { po: PoView; problems: Problem[] }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const general = problems.filter((p) => !p.path.startsWith('agendapunt:'));
  const byItem = po.agendapunten
    .map((item) => ({ item, problems: problems.filter((p) => p.path === `agendapunt:${item.id}`) }))
    .filter((x) => x.problems.length > 0);
  return (
    <MessageBar intent="error" role="alert" layout="multiline" data-testid="vaststellen-refused">
      <MessageBarBody>
        <MessageBarTitle>{t('vaststelling.refused.title')}</MessageBarTitle>
        {general.map((p) => (
          <div key={p.code}>{problemText(p, locale)}</div>
        ))}
        <ul className={styles.list}>
          {byItem.map(({ item, problems: own }) => (
            <li key={item.id}>
              <Link
                href={`#agendapunt-${item.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusItem(item.id);
                }}
              >
                {t('vaststelling.refused.goTo', { nummer: item.nummer, title: item.title })}
              </Link>
              <ul className={styles.problems}>
                {own.map((p, i) => (
                  <li key={`${p.code}-${i}`}>{problemText(p, locale)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
