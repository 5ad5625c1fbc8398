/**
 * The stage after the meeting: the besluitpunten and actiepunten (with wie and wanneer) per
 * agendapunt. It shows what the live state gives this viewer and nothing else: the read policy has
 * already left out the records of items they may not read and titled those items as confidential
 * (read/po.ts, domain/readPolicy.ts), so there is no check of its own here. Presentational.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatDate } from '../format';
import { useT } from '../session';
import type { PoView, RecordView } from '../types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minHeight: 0, overflowY: 'auto' },
  h2: { margin: 0, fontSize: 'clamp(24px, 4vh, 52px)', lineHeight: 1.2, fontWeight: tokens.fontWeightSemibold },
  columns: { columnWidth: '30em', columnGap: tokens.spacingHorizontalXXXL },
  item: {
    breakInside: 'avoid',
    marginBottom: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  h3: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: 'clamp(20px, 3vh, 40px)', lineHeight: 1.2, overflowWrap: 'break-word', hyphens: 'auto' },
  number: { color: tokens.colorBrandForeground1, marginRight: tokens.spacingHorizontalS },
  kind: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: 'clamp(16px, 2.2vh, 30px)', fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: '1.2em', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  text: { fontSize: 'clamp(18px, 2.6vh, 36px)', lineHeight: 1.3, overflowWrap: 'break-word', hyphens: 'auto', whiteSpace: 'pre-wrap' },
  meta: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: 'clamp(15px, 2.1vh, 28px)' },
  none: { fontSize: 'clamp(20px, 3vh, 40px)', color: tokens.colorNeutralForeground2 },
});

export function StageRecap({ po }: { po: PoView }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const of = (itemId: string, kind: RecordView['kind']): RecordView[] => po.records.filter((r) => r.agendapuntId === itemId && r.kind === kind);
  const items = po.agendapunten
    .map((item) => ({ item, besluiten: of(item.id, 'besluitpunt'), acties: of(item.id, 'actiepunt') }))
    .filter((x) => x.besluiten.length + x.acties.length > 0);
  return (
    <section className={styles.root} aria-labelledby="stage-recap" data-testid="stage-recap" tabIndex={0}>
      <h2 id="stage-recap" className={styles.h2}>
        {t('stage.recap.title')}
      </h2>
      {items.length === 0 ? (
        <p className={styles.none}>{t('stage.recap.none')}</p>
      ) : (
        <div className={styles.columns}>
          {items.map(({ item, besluiten, acties }) => (
            <article key={item.id} className={styles.item} aria-labelledby={`recap-${item.id}`} data-testid="recap-item">
              <h3 id={`recap-${item.id}`} className={styles.h3}>
                <span className={styles.number}>{item.nummer}</span>
                {item.title}
              </h3>
              {besluiten.length > 0 && (
                <>
                  <p className={styles.kind}>{t('stage.recap.besluitpunten')}</p>
                  <ul className={styles.list}>
                    {besluiten.map((r) => (
                      <li key={r.id} className={styles.text} data-testid="recap-record">
                        {r.text}
                        {r.kind === 'besluitpunt' && r.collegeDatum && (
                          <span className={styles.meta}>{t('record.college', { date: formatDate(r.collegeDatum, locale) })}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {acties.length > 0 && (
                <>
                  <p className={styles.kind}>{t('stage.recap.actiepunten')}</p>
                  <ul className={styles.list}>
                    {acties.map((r) => (
                      <li key={r.id} className={styles.text} data-testid="recap-record">
                        {r.text}
                        {r.kind === 'actiepunt' && (
                          <span className={styles.meta}>
                            {[
                              r.ownerName ? t('record.owner', { name: r.ownerName }) : null,
                              r.dueDate ? t('record.due', { date: formatDate(r.dueDate, locale) }) : null,
                            ]
                              .filter(Boolean)
                              .join(' · ')}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
