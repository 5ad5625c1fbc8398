/**
 * The meeting side panel: the agenda with the current item and its time, the records appearing
 * live, presence and unsent writes; for the notulist fast entry, editing and removing of records;
 * for the chair moving the current item, starting and ending; "Deel op scherm" for everyone.
 * The last three records of the item stand compact right under the form (at 320 px the result is
 * where the eye is, focus stays in the form), the full list with its actions further down; the
 * standing item lists its open follow-up. After the meeting, until the verslag is published, the
 * notulist picks an item and can still add, change and remove records and write the bespreking;
 * once published the panel says "Verslag gepubliceerd" with the link to the verslag in Teams.
 * Presentational: the live view and the actions come in as props.
 */
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, Select, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { NextIcon, PreviousIcon, ShareIcon } from '../shared/components/Icons';
import { RecordList } from '../shared/components/RecordList';
import { AgendaProgress } from '../shared/meeting/AgendaProgress';
import { CurrentItem } from '../shared/meeting/CurrentItem';
import type { LiveView, MeetingWrite, WriteOutcome } from '../shared/meeting/live';
import { LiveStatus } from '../shared/meeting/LiveStatus';
import { itemTime, type Timings } from '../shared/meeting/timing';
import { StandingFollowUp } from '../shared/meeting/StandingFollowUp';
import { byRecorded, titleWithDate, withOwnerNames } from '../shared/meeting/words';
import { useT } from '../shared/session';
import type { FollowUpEntry, UserView } from '../shared/types';
import { Bespreking } from './Bespreking';
import type { Afhandeling } from '../shared/verslag/afterMeetingApi';
import { AttendanceSection } from '../shared/verslag/AttendanceEditor';
import { EndMeetingDialog } from '../shared/verslag/EndMeetingDialog';
import { draftOf, toNewRecord, toPatch, type RecordDraft } from './recordDraft';
import { RecentRecords } from './RecentRecords';
import { RecordForm } from './RecordForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM, maxWidth: '720px', margin: '0 auto' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  h: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  select: { width: '100%', minWidth: 0 },
});

export interface SidePanelProps {
  live: LiveView;
  users: UserView[];
  timings: Timings;
  now: number;
  newId: () => string;
  onShare: (() => void) | null;
  onStart: () => void;
  onEnd: (afhandeling: Record<string, Afhandeling>) => void;
  /** Where the verslag is reviewed after the meeting. */
  verslagHref: string | null;
  /** The standing item's open follow-up (read path, read policy); without it the list is not shown. */
  loadStanding?: () => Promise<FollowUpEntry[]>;
  /** Saves an item's bespreking after the meeting. */
  onSaveBespreking?: (itemId: string, text: string) => Promise<unknown>;
  /** Actions in the "afgesloten" banner: the container gives "Vergadering heropenen" (it calls the API). */
  afterEndActions?: ReactNode;
  /** Once published: the latest published verslag in the Teams channel (null: not known or not reachable). */
  publishedHref?: string | null;
}

export function SidePanel({
  live,
  users,
  timings,
  now,
  newId,
  onShare,
  onStart,
  onEnd,
  verslagHref,
  loadStanding,
  onSaveBespreking,
  afterEndActions,
  publishedHref = null,
}: SidePanelProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const [chosenId, setChosenId] = useState<string | null>(null);
  /** The record this notulist submitted last: the compact list under the form follows it. */
  const [submittedId, setSubmittedId] = useState<string | null>(null);
  const po = live.po;
  if (!po)
    return (
      <div className={styles.root}>
        {live.fatal ? <ErrorPanel error={live.fatal} /> : <LiveStatus connection={live.connection} pending={live.pending} presence={[]} />}
      </div>
    );

  const items = po.agendapunten;
  const index = items.findIndex((i) => i.id === po.currentAgendapuntId);
  const inMeeting = po.status === 'gestart';
  const recording = po.rights.record && (inMeeting || po.status === 'afgesloten' || po.correctionOpen);
  /** After the meeting the notulist chooses the item to complete; during it, the current item. */
  const completing = recording && !inMeeting;
  const current = completing ? (items.find((i) => i.id === chosenId) ?? items[index] ?? items[0]) : index >= 0 ? items[index] : undefined;
  const setCurrent = (id: string | null): void => {
    void live.send({ type: 'current', agendapuntId: id });
  };
  const send = (write: MeetingWrite): Promise<WriteOutcome> => live.send(write);
  /** The current item's records, newest first. */
  const itemRecords = current
    ? byRecorded(
        withOwnerNames(
          po.records.filter((r) => r.agendapuntId === current.id),
          users,
        ),
      ).reverse()
    : [];
  const showAll = (): void => {
    const heading = document.getElementById('records-h');
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.scrollIntoView?.({ block: 'start' });
    heading.focus();
  };

  const submitNew = (draft: RecordDraft, o: { id: string; confirmOutsidePurpose: boolean }): Promise<WriteOutcome> =>
    current
      ? send({ type: 'record.add', record: toNewRecord(draft, { id: o.id, agendapuntId: current.id }, users, o.confirmOutsidePurpose) }).then((outcome) => {
          if (outcome.status !== 'failed' && outcome.status !== 'confirmation_required') setSubmittedId(o.id);
          return outcome;
        })
      : Promise.resolve({ status: 'failed', error: null });

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <h1 className={styles.title}>{titleWithDate(po.title, locale)}</h1>
      </div>
      <LiveStatus connection={live.connection} pending={live.pending} presence={live.presence} />
      {live.fatal !== null && live.fatal !== undefined && <ErrorPanel error={live.fatal} />}
      {po.status === 'vastgesteld' && (
        <MessageBar intent="info">
          <MessageBarBody>{t('meeting.notStarted')}</MessageBarBody>
        </MessageBar>
      )}
      {po.status === 'afgesloten' && recording && (
        <MessageBar intent="info" layout="multiline" data-testid="after-end">
          <MessageBarBody>
            {t('meeting.afterEnd')}{' '}
            {verslagHref && (
              <Link href={verslagHref} target="_blank">
                {t('verslag.title')}
              </Link>
            )}
          </MessageBarBody>
          {afterEndActions && <MessageBarActions>{afterEndActions}</MessageBarActions>}
        </MessageBar>
      )}
      {po.status === 'gepubliceerd' && (
        <MessageBar intent="success" layout="multiline" data-testid="published">
          <MessageBarBody>
            {t('meeting.published')}{' '}
            {(publishedHref ?? verslagHref) && (
              <Link href={publishedHref ?? verslagHref ?? undefined} target="_blank" rel="noopener noreferrer">
                {publishedHref ? t('meeting.published.link') : t('verslag.title')}
              </Link>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {po.status === 'afgesloten' && !recording && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t('meeting.ended')}{' '}
            {verslagHref && (
              <Link href={verslagHref} target="_blank">
                {t('verslag.title')}
              </Link>
            )}{' '}
            {po.status === 'afgesloten' && afterEndActions}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        {po.status === 'vastgesteld' && po.rights.chair && (
          <Button appearance="primary" onClick={onStart}>
            {t('meeting.start')}
          </Button>
        )}
        {onShare && (
          <Button icon={<ShareIcon />} onClick={onShare}>
            {t('meeting.share')}
          </Button>
        )}
      </div>
      {completing && current && (
        <Field label={t('meeting.afterEnd.choose')}>
          <Select className={styles.select} value={current.id} onChange={(_, v) => setChosenId(v.value)}>
            {items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.nummer}. {i.title}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {inMeeting && (
        <section className={styles.card} aria-label={t('meeting.current')}>
          {current ? <CurrentItem item={current} time={itemTime(timings, current.id, current.plannedMinutes, now)} /> : <Text>{t('meeting.noCurrent')}</Text>}
          {po.rights.chair && (
            <div className={styles.row}>
              <Button size="small" icon={<PreviousIcon />} disabled={index <= 0} onClick={() => setCurrent(items[index - 1]?.id ?? null)}>
                {t('meeting.previous')}
              </Button>
              <Button
                size="small"
                icon={<NextIcon />}
                iconPosition="after"
                appearance={current ? 'secondary' : 'primary'}
                disabled={index >= items.length - 1}
                onClick={() => setCurrent(items[index + 1]?.id ?? null)}
              >
                {t('meeting.next')}
              </Button>
            </div>
          )}
        </section>
      )}
      {recording && current && (
        <section className={styles.card} aria-labelledby="record-h">
          <h2 id="record-h" className={styles.h}>
            {t('record.form.title', { nummer: current.nummer })}
          </h2>
          <RecordForm key={current.id} item={current} users={users} newId={newId} onSubmit={submitNew} />
          <RecentRecords records={itemRecords} pendingIds={live.pendingIds} followId={submittedId} onShowAll={showAll} />
        </section>
      )}
      {recording && !current && inMeeting && <Text>{t('record.form.noItem')}</Text>}
      {current && (
        <section aria-labelledby="records-h">
          <h2 id="records-h" className={styles.h}>
            {completing ? t('meeting.records.heading', { nummer: current.nummer }) : t('meeting.records')}
          </h2>
          <RecordList
            headingId="records-h"
            records={itemRecords}
            pendingIds={live.pendingIds}
            canEdit={recording}
            onRemove={(r) => void send({ type: 'record.remove', id: r.id })}
            renderEditor={(r, done) => (
              <RecordForm
                item={current}
                users={users}
                initial={draftOf(r)}
                autoFocus
                newId={() => r.id}
                onCancel={done}
                onSubmit={async (draft) => {
                  const outcome = await send({ type: 'record.edit', id: r.id, patch: toPatch(draft, users) });
                  if (outcome.status !== 'failed') done();
                  return outcome;
                }}
              />
            )}
          />
        </section>
      )}
      {current?.standing && loadStanding && (
        <section className={styles.card}>
          <StandingFollowUp load={loadStanding} itemId={current.id} users={users} />
        </section>
      )}
      {completing && current && onSaveBespreking && (
        <section className={styles.card} aria-label={t('meeting.bespreking')}>
          <Bespreking key={current.id} item={current} onSave={(text) => onSaveBespreking(current.id, text)} />
        </section>
      )}
      <AttendanceSection po={po} users={users} />
      <section aria-labelledby="agenda-h">
        <h2 id="agenda-h" className={styles.h}>
          {t('agenda.title')}
        </h2>
        <AgendaProgress
          items={items}
          currentId={po.currentAgendapuntId}
          timings={timings}
          now={now}
          label={t('agenda.title')}
          onSelect={inMeeting && po.rights.chair ? (id) => setCurrent(id) : undefined}
        />
      </section>
      {inMeeting && po.rights.chair && (
        <div>
          <EndMeetingDialog po={po} onEnd={onEnd} />
        </div>
      )}
    </div>
  );
}
