/**
 * One agendapunt in the transcript review: when it was on, the speaking time per person, the
 * fragments (each a checkbox, so a passage can be picked with the keyboard), copying the passage
 * into the bespreking or a new record, and moving the boundary before each later turn.
 * Presentational: actions come as props.
 */
import { Badge, Button, Checkbox, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDuration } from '../../shared/format';
import { languageTag, type Locale } from '../../shared/i18n';
import { useT } from '../../shared/session';
import { CopyToRecord } from './CopyToRecord';
import type { CopyKind, RecordDetails, TranscriptItemView } from './transcriptApi';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  h3: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  speakers: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  time: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
});

const TZ = 'Europe/Amsterdam';
export const clockOf = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(languageTag(locale), { timeZone: TZ, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date(iso));

const secondsOfDay = (clock: string): number | null => {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(clock.trim());
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : null;
};

/** The instant of a local clock time (Europe/Amsterdam) on the day of `near`, closest to it. */
export function instantAt(near: string, clock: string): string | null {
  const wanted = secondsOfDay(clock);
  const was = secondsOfDay(clockOf(near, 'nl'));
  if (wanted === null || was === null) return null;
  let delta = wanted - was;
  if (delta > 43_200) delta -= 86_400;
  if (delta < -43_200) delta += 86_400;
  return new Date(Date.parse(near) + delta * 1000).toISOString();
}

export interface TranscriptItemProps {
  item: TranscriptItemView;
  /** The turns of the whole timeline that start this item, with whether they were moved. */
  boundaries: { index: number; from: string; moved: boolean }[];
  busy: boolean;
  onCopyBespreking: (cues: TranscriptItemView['cues']) => void;
  onCopyRecord: (kind: CopyKind, cues: TranscriptItemView['cues'], details: RecordDetails) => void;
  onMoveBoundary: (turnIndex: number, at: string) => void;
}

export function TranscriptItem({ item, boundaries, busy, onCopyBespreking, onCopyRecord, onMoveBoundary }: TranscriptItemProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const picked = item.cues.filter((_, i) => selected.has(i));
  // Wie is suggested only when the picked fragments have one speaker.
  const speakers = new Set(picked.map((c) => c.speaker).filter(Boolean));
  const speaker = speakers.size === 1 ? ([...speakers][0] ?? '') : '';
  const headingId = `transcript-item-${item.agendapuntId}`;
  const toggle = (i: number, on: boolean): void =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(i);
      else next.delete(i);
      return next;
    });

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid={`transcript-item-${item.agendapuntId}`}>
      <h3 id={headingId} className={styles.h3}>
        {t('transcript.item', { number: item.number, title: item.title })}
        {item.vertrouwelijk && (
          <Badge appearance="outline" color="danger">
            {t('transcript.confidential')}
          </Badge>
        )}
      </h3>
      {!item.readable ? (
        <Text className={styles.muted}>{t('transcript.notReadable')}</Text>
      ) : item.turns.length === 0 ? (
        <Text className={styles.muted}>{t('transcript.notDiscussed')}</Text>
      ) : (
        <>
          <Text className={styles.muted}>
            {t('transcript.turns', { turns: item.turns.map((turn) => `${clockOf(turn.from, locale)}–${clockOf(turn.to, locale)}`).join(', ') })}
          </Text>
          {boundaries.map((b) => (
            <BoundaryEditor key={b.index} boundary={b} busy={busy} onMove={onMoveBoundary} />
          ))}
          {item.speakingTime.length > 0 && (
            <>
              <Text weight="semibold" id={`${headingId}-sp`}>
                {t('transcript.speakingTime')}
              </Text>
              <ul className={styles.speakers} aria-labelledby={`${headingId}-sp`} data-testid="speaking-time">
                {item.speakingTime.map((s) => (
                  <li key={s.speaker}>
                    {s.speaker || t('transcript.unknownSpeaker')}: {formatDuration(s.seconds * 1000)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {item.cues.length === 0 ? (
            <Text className={styles.muted}>{t('transcript.silent')}</Text>
          ) : (
            <>
              <Text weight="semibold" id={`${headingId}-ex`}>
                {t('transcript.excerpt')}
              </Text>
              <ol className={styles.list} aria-labelledby={`${headingId}-ex`} data-testid="transcript-cues">
                {item.cues.map((c, i) => (
                  <li key={`${c.start}-${i}`}>
                    <Checkbox
                      checked={selected.has(i)}
                      onChange={(_, d) => toggle(i, d.checked === true)}
                      label={
                        <span>
                          <span className={styles.time}>{clockOf(c.start, locale)}</span>
                          <strong>{c.speaker || t('transcript.unknownSpeaker')}</strong>: {c.text}
                        </span>
                      }
                    />
                  </li>
                ))}
              </ol>
              <div className={styles.row}>
                <Text aria-live="polite" className={styles.muted}>
                  {t('transcript.selected', { n: picked.length })}
                </Text>
                <Button
                  disabled={busy || picked.length === 0}
                  onClick={() => {
                    onCopyBespreking(picked);
                    setSelected(new Set());
                  }}
                >
                  {t('transcript.copyBespreking')}
                </Button>
              </div>
              <CopyToRecord
                speaker={speaker}
                headingId={headingId}
                disabled={busy || picked.length === 0}
                onCopy={(kind, details) => {
                  onCopyRecord(kind, picked, details);
                  setSelected(new Set());
                }}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

function BoundaryEditor({
  boundary,
  busy,
  onMove,
}: {
  boundary: { index: number; from: string; moved: boolean };
  busy: boolean;
  onMove: (turnIndex: number, at: string) => void;
}): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const [value, setValue] = useState(clockOf(boundary.from, locale));
  const target = instantAt(boundary.from, value);
  return (
    <div className={styles.row}>
      <Field
        label={`${t('transcript.boundary')}${boundary.moved ? ` ${t('transcript.boundary.moved')}` : ''}`}
        hint={t('transcript.boundary.hint')}
        validationState={target ? 'none' : 'error'}
      >
        <Input type="time" step={1} value={value} onChange={(_, d) => setValue(d.value)} data-testid={`boundary-${boundary.index}`} />
      </Field>
      <Button disabled={busy || !target || target === boundary.from} onClick={() => target && onMove(boundary.index, target)}>
        {t('transcript.boundary.save')}
      </Button>
    </div>
  );
}
