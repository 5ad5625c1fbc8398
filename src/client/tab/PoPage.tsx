/** One PO in the personal tab: its head and actions, the agenda editor, and after the meeting the verslag. Container. */
import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { problemText } from '../shared/api';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { formatDayTime } from '../shared/format';
import { useSession, useT } from '../shared/session';
import type { PoView } from '../shared/types';
import { endMeeting } from '../shared/verslag/afterMeetingApi';
import { EndMeetingDialog } from '../shared/verslag/EndMeetingDialog';
import { VerslagReview } from '../shared/verslag/VerslagReview';
import { AangehoudenOffers } from './AangehoudenOffers';
import { AgendaEditor } from './agenda/AgendaEditor';
import { ReadOnlyAgenda } from './agenda/ReadOnlyAgenda';
import { StandingFollowUp } from '../shared/meeting/StandingFollowUp';
import { Terugkoppeling } from './college/Terugkoppeling';
import { RaadsStanding } from './raadsregister/RaadsStanding';
import { TagOptionsProvider } from '../shared/components/agenda/TagFields';
import { showsTranscript, TranscriptReview } from './transcript/TranscriptReview';
import { PoHeader, type PoAction } from './PoHeader';
import { hrefOf } from './route';
import { usePoEditor, type PoEditor } from './usePoEditor';
import { hasToets, ToetsChecklist } from '../shared/components/toets/ToetsChecklist';
import { RefusalBanner } from './vaststelling/RefusalBanner';
import { VaststellingPanel } from './vaststelling/VaststellingPanel';
import type { Translate } from '../shared/i18n';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  saving: { color: tokens.colorNeutralForeground3 },
  h2: { margin: `${tokens.spacingVerticalL} 0 0`, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

function actionsFor(po: PoView, editor: PoEditor, t: Translate, browser: boolean): PoAction[] {
  const actions: PoAction[] = [];
  if (po.status === 'vastgesteld' && po.rights.chair)
    actions.push({ key: 'start', label: t('po.start'), primary: true, onClick: () => editor.run((api, id) => api.startMeeting(id)) });
  if (po.status === 'vastgesteld' && po.rights.editAgenda)
    actions.push({ key: 'heropenen', label: t('agenda.heropenen'), onClick: () => editor.run((api, id) => api.heropenen(id)) });
  if (po.status === 'gestart' && browser) {
    actions.push({ key: 'panel', label: t('po.openSidePanel'), primary: true, href: `/app/meeting?poId=${encodeURIComponent(po.id)}` });
    actions.push({ key: 'stage', label: t('po.openStage'), href: `/app/stage?poId=${encodeURIComponent(po.id)}` });
  }
  return actions;
}

export function PoPage({ poId, onBack }: { poId: string; onBack: () => void }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api, host, me } = useSession();
  const editor = usePoEditor(api, poId);
  const po = editor.po.data;

  if (!po) {
    return editor.po.error !== null ? <ErrorPanel error={editor.po.error} onRetry={() => void editor.po.reload()} /> : <Spinner />;
  }
  const generalProblems = editor.problems.filter((p) => !p.path.startsWith('agendapunt:'));
  const itemProblems = editor.problems.filter((p) => p.path.startsWith('agendapunt:'));
  const totalMinutes = po.agendapunten.reduce((n, i) => n + (i.plannedMinutes ?? 0), 0);
  const beforeMeeting = po.status === 'concept' || po.status === 'vastgesteld';
  const toetsOf = (item: PoView['agendapunten'][number]): JSX.Element | null =>
    hasToets(item) ? (
      <ToetsChecklist
        item={item}
        criteria={po.toetsCriteria}
        users={editor.users}
        canTick={beforeMeeting && po.rights.confirmKwaliteitstoets.includes(item.id)}
        canOverrule={po.rights.overruleToets}
        onTick={(criteriumId, voldaan, notitie) => editor.tickToets(item.id, criteriumId, voldaan, notitie)}
        onConfirm={() => editor.confirmKwaliteitstoets(item.id)}
        onOverrule={(reden) => editor.overruleToets(item.id, reden)}
      />
    ) : null;
  // The standing item (voortgang): the open follow-up of earlier POs, listed so it is discussed.
  const standingOf = (item: PoView['agendapunten'][number]): JSX.Element => (
    <StandingFollowUp load={() => api.standingFollowUp(po.id)} itemId={item.id} users={editor.users} />
  );

  return (
    <div className={styles.stack}>
      <PoHeader
        po={po}
        users={editor.users}
        actions={actionsFor(po, editor, t, host.kind === 'browser')}
        backHref={hrefOf({ view: 'pos' })}
        onBack={onBack}
        onChanged={() => void editor.po.reload()}
        status={
          <Text className={styles.saving} aria-live="polite">
            {editor.saving > 0 ? t('app.saving') : ''}
          </Text>
        }
      />
      {editor.error !== null && <ErrorPanel error={editor.error} onDismiss={editor.clearError} />}
      {editor.notice === 'vastgesteld' && (
        <MessageBar intent="success">
          <MessageBarBody>{t('agenda.vaststellen.done')}</MessageBarBody>
        </MessageBar>
      )}
      {editor.notice === 'voorgelegd' && po.vaststelling.voorstel && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t('vaststelling.proposed', {
              name:
                po.vaststelling.wachtOp?.role === 'concernadviseur'
                  ? (editor.users.find((u) => u.id === po.vaststelling.wachtOp?.userId)?.name ?? t('vaststelling.ca'))
                  : po.portefeuillehouder.name,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {editor.notice === 'teruggestuurd' && (
        <MessageBar intent="success">
          <MessageBarBody>{t('vaststelling.sentBackDone')}</MessageBarBody>
        </MessageBar>
      )}
      <VaststellingPanel po={po} users={editor.users} me={me.id} onDecide={(a) => void editor.decide(a)} onSendBack={editor.sendBack} />
      {po.status === 'concept' &&
        po.rights.editAgenda &&
        (editor.refused && editor.problems.length > 0 ? (
          <RefusalBanner po={po} problems={editor.problems} />
        ) : editor.problems.length > 0 ? (
          <MessageBar intent="info">
            <MessageBarBody>
              {editor.problems.length === 1 ? t('agenda.vaststellen.notReadyOne') : t('agenda.vaststellen.notReady', { n: editor.problems.length })}
              {generalProblems.map((p) => (
                <div key={p.code}>{problemText(p, locale)}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="success">
            <MessageBarBody>{t('agenda.vaststellen.ready')}</MessageBarBody>
          </MessageBar>
        ))}
      {po.status === 'vastgesteld' && (
        <MessageBar intent="info">
          <MessageBarBody>{t('agenda.readOnly')}</MessageBarBody>
        </MessageBar>
      )}
      {po.status === 'gestart' && (
        <MessageBar intent="info">
          <MessageBarBody>{t('po.started')}</MessageBarBody>
        </MessageBar>
      )}
      {po.status === 'gestart' && po.rights.chair && (
        <div>
          <EndMeetingDialog po={po} onEnd={(afhandeling) => editor.run((api, id) => endMeeting(api, id, afhandeling))} />
        </div>
      )}
      {po.status === 'concept' && po.rights.editAgenda && <AangehoudenOffers po={po} onTaken={() => void editor.po.reload()} />}
      {po.agendaCheck.waitingForKwaliteitstoets.length > 0 && po.status === 'concept' && (
        <Text className={styles.saving}>
          {t('agenda.waitingKwaliteitstoets', { titles: po.agendaCheck.waitingForKwaliteitstoets.map((w) => w.title).join(', ') })}
        </Text>
      )}
      <Text className={styles.saving}>
        {t('agenda.stukkenDeadline', { date: formatDayTime(po.stukkenDeadline, locale) })} · {t('agenda.totalMinutes', { n: totalMinutes })}
      </Text>
      {(po.status === 'afgesloten' || po.status === 'gepubliceerd') && <VerslagReview po={po} users={editor.users} onChanged={() => void editor.po.reload()} />}
      {showsTranscript(po) && <TranscriptReview po={po} onChanged={() => void editor.po.reload()} />}
      <Terugkoppeling poId={po.id} />
      <RaadsStanding poId={po.id} />
      <h2 className={styles.h2}>{t('agenda.title')}</h2>
      {po.status === 'concept' ? (
        <TagOptionsProvider portefeuillehouderId={po.portefeuillehouder.id}>
          <AgendaEditor
            po={po}
            users={editor.users}
            problems={itemProblems}
            problemsAreErrors={editor.refused}
            onEdit={editor.edit}
            onAdd={editor.add}
            onRemove={editor.remove}
            onReorder={editor.reorder}
            renderItemExtra={toetsOf}
            renderStanding={standingOf}
          />
        </TagOptionsProvider>
      ) : (
        <ReadOnlyAgenda
          po={po}
          users={editor.users}
          renderItem={(item) => (
            <>
              {item.standing && standingOf(item)}
              {toetsOf(item)}
            </>
          )}
        />
      )}
    </div>
  );
}
