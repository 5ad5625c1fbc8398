/**
 * The meeting details tab (before the meeting, and after it): the agenda of the PO linked to this
 * Teams meeting, or linking one, each item with its kwaliteitstoets in one line; after the meeting
 * the verslag review and publication. Container.
 */
import { Link, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AgendaItemSummary } from '../shared/components/AgendaItemSummary';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { StatusBadge } from '../shared/components/StatusBadge';
import { hasToets, ToetsStatusLine } from '../shared/components/toets/ToetsChecklist';
import { formatDateTime } from '../shared/format';
import { useSession, useT } from '../shared/session';
import type { PoView, UserView } from '../shared/types';
import { useAsync } from '../shared/useAsync';
import { VerslagReview } from '../shared/verslag/VerslagReview';
import { LinkPo } from './LinkPo';

const useStyles = makeStyles({
  main: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    maxWidth: '960px',
    margin: '0 auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    boxSizing: 'border-box',
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  h1: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  toets: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

function LinkedPo({ poId }: { poId: string }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const data = useAsync(() => Promise.all([api.getPo(poId), api.users()]), [api, poId]);
  if (data.error !== null) return <ErrorPanel error={data.error} onRetry={() => void data.reload()} />;
  if (!data.data) return <Spinner />;
  const [po, users] = data.data;
  return (
    <>
      <div className={styles.head}>
        <h1 className={styles.h1}>{po.title}</h1>
        <StatusBadge status={po.status} />
      </div>
      <Text className={styles.muted}>
        {formatDateTime(po.startsAt, locale)} · {t('po.ph', { name: po.portefeuillehouder.name })}
      </Text>
      {po.rights.editAgenda && po.status === 'concept' && (
        <MessageBar intent="info">
          <MessageBarBody>
            <Link href={`/app/tab#po/${encodeURIComponent(po.id)}`}>{t('meeting.openInTab')}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {(po.status === 'afgesloten' || po.status === 'gepubliceerd') && <VerslagReview po={po} onChanged={() => void data.reload()} />}
      <h2 className={styles.h2}>{t('agenda.title')}</h2>
      <DetailsAgenda po={po} users={users} />
    </>
  );
}

/** The agenda's items, each with its kwaliteitstoets in one line (the checklist itself is the tab's). Presentational. */
export function DetailsAgenda({ po, users }: { po: PoView; users: UserView[] }): JSX.Element {
  const styles = useStyles();
  return (
    <ol className={styles.list}>
      {po.agendapunten.map((item) => (
        <AgendaItemSummary key={item.id} item={item} users={users}>
          {hasToets(item) && (
            <Text size={200} className={styles.toets} data-testid="toets-line">
              <ToetsStatusLine item={item} criteria={po.toetsCriteria} canTick={po.rights.confirmKwaliteitstoets.includes(item.id)} />
            </Text>
          )}
        </AgendaItemSummary>
      ))}
    </ol>
  );
}

export function DetailsTab({ poId, chatId, relink }: { poId: string | null; chatId: string | null; relink: () => void }): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  return (
    <main className={styles.main}>
      {poId ? <LinkedPo poId={poId} /> : chatId ? <LinkPo chatId={chatId} onLinked={relink} /> : <Text>{t('meeting.noChat')}</Text>}
    </main>
  );
}
