/** A published verslag in a list (archive, channel tab): head, counts, and the content on request. */
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RECORD_KIND_LABEL } from '../../../domain/labels';
import { formatDate, formatDayTime } from '../format';
import { useSession, useT } from '../session';
import type { ArchiefItem, VerslagModel } from '../types';
import { ErrorPanel } from './ErrorPanel';
import { PurposeBadge } from './PurposeBadge';
import { cardSurface } from './cardSurface';

const useStyles = makeStyles({
  card: { ...cardSurface, gap: tokens.spacingVerticalXS },
  head: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'baseline' },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  itemHead: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  records: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  passages: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  hit: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function VerslagCard({ item, headingLevel = 3 }: { item: ArchiefItem; headingLevel?: 2 | 3 }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const [open, setOpen] = useState(false);
  // The verslag itself is read when opened: a list carries only its heading.
  const [model, setModel] = useState<VerslagModel | null>(null);
  const [error, setError] = useState<unknown>(null);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const toggle = async (): Promise<void> => {
    setOpen(!open);
    if (open || model) return;
    try {
      setModel((await api.verslag(item.poId, 'openbaar')).model);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <li className={styles.card}>
      <div className={styles.head}>
        <H className={styles.title}>{item.titel}</H>
        <Text className={styles.muted}>
          {t('archief.version', { n: item.version })} · {t('archief.publishedAt', { date: formatDayTime(item.publishedAt, locale) })}
        </Text>
      </div>
      <Text className={styles.muted}>
        {item.portefeuillehouder} · {formatDate(item.datum, locale)} · {t('archief.besluiten', { n: item.besluiten })}
      </Text>
      {item.passages.length > 0 && (
        <ul className={styles.passages} aria-label={t('archief.passages')}>
          {item.passages.map((parts, i) => (
            <li key={i}>
              …{' '}
              {parts.map((part, j) =>
                part.hit ? (
                  <mark key={j} className={styles.hit}>
                    {part.text}
                  </mark>
                ) : (
                  <span key={j}>{part.text}</span>
                ),
              )}{' '}
              …
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button size="small" appearance="secondary" aria-expanded={open} onClick={() => void toggle()}>
          {open ? t('archief.hide') : t('archief.show')}
        </Button>
      </div>
      {open && error !== null && (
        <ErrorPanel
          error={error}
          onRetry={() => {
            setError(null);
            setOpen(false);
          }}
        />
      )}
      {open && !model && error === null && <Spinner size="tiny" />}
      {open && model && (
        <ol className={styles.items}>
          {model.items.map((i) =>
            i.vertrouwelijk ? (
              <li key={i.nummer} value={Number(i.nummer)}>
                {t('app.confidentialItem')}
              </li>
            ) : (
              <li key={i.nummer} value={Number(i.nummer)}>
                <div className={styles.itemHead}>
                  <Text weight="semibold">{i.titel}</Text>
                  <PurposeBadge purpose={i.doel} size="small" />
                </div>
                <ul className={styles.records}>
                  {i.besluitpunten.map((b) => (
                    <li key={b.id}>
                      {RECORD_KIND_LABEL.besluitpunt[locale]}: {b.text}
                    </li>
                  ))}
                  {i.actiepunten.map((a) => (
                    <li key={a.id}>
                      {RECORD_KIND_LABEL.actiepunt[locale]}: {a.text} ({a.wie}
                      {a.wanneer ? `, ${formatDate(a.wanneer, locale)}` : ''})
                    </li>
                  ))}
                  {i.toezeggingen.map((z) => (
                    <li key={z.id}>
                      {RECORD_KIND_LABEL.toezegging[locale]}: {z.text} ({z.aan})
                    </li>
                  ))}
                  {i.moties.map((m) => (
                    <li key={m.id}>
                      {RECORD_KIND_LABEL.motie[locale]} {m.referentie}: {m.text}
                    </li>
                  ))}
                </ul>
              </li>
            ),
          )}
        </ol>
      )}
    </li>
  );
}
