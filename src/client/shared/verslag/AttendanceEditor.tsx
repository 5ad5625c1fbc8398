/**
 * The attendance of a PO: aanwezig, afgemeld, and who joined (aangeschoven) per agendapunt. Starts
 * from what was recorded, else from the server's suggestion (the invitees and who is connected);
 * the notulist and the concernadviseur change it during and after the meeting until publication.
 * Container: reads and saves through the API. Used in the tab's verslag review and the side panel.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { ErrorPanel } from '../components/ErrorPanel';
import { DeleteIcon } from '../components/Icons';
import { useSession, useT } from '../session';
import type { PoView, UserView } from '../types';
import { useAsync } from '../useAsync';
import { getAttendance, saveAttendance, type Attendance } from './afterMeetingApi';

type Attendee = Attendance['aanwezig'][number];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  h: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  person: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

const same = (a: Attendee, b: Attendee): boolean => (a.userId ? a.userId === b.userId : !b.userId && a.name.toLowerCase() === b.name.toLowerCase());

/** A typed name: the user of that name (or e-mail), else a guest. */
function attendeeFor(text: string, users: UserView[]): Attendee | null {
  const name = text.trim();
  if (!name) return null;
  const u = users.find((x) => x.name.toLowerCase() === name.toLowerCase() || x.email.toLowerCase() === name.toLowerCase());
  return u ? { userId: u.id, name: u.name } : { userId: null, name };
}

function PeopleList({
  label,
  people,
  users,
  onChange,
  move,
  editable,
}: {
  label: string;
  people: Attendee[];
  users: UserView[];
  onChange: (people: Attendee[]) => void;
  move?: { label: (name: string) => string; to: (a: Attendee) => void };
  editable: boolean;
}): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const [typed, setTyped] = useState('');
  const id = useId();
  const listId = `${id}-users`;
  const add = (): void => {
    const a = attendeeFor(typed, users);
    if (a && !people.some((p) => same(p, a))) onChange([...people, a]);
    setTyped('');
  };
  return (
    <div className={styles.root}>
      <Text weight="semibold" id={`${id}-h`}>
        {label}
      </Text>
      {people.length === 0 ? (
        <Text className={styles.muted}>{t('attendance.nobody')}</Text>
      ) : (
        <ul className={styles.list} aria-labelledby={`${id}-h`}>
          {people.map((p) => (
            <li key={p.userId ?? `gast:${p.name}`} className={styles.person}>
              <span>
                {p.name}
                {!p.userId && <span className={styles.muted}> ({t('attendance.guest')})</span>}
              </span>
              {editable && move && (
                <Button size="small" appearance="subtle" onClick={() => move.to(p)}>
                  {move.label(p.name)}
                </Button>
              )}
              {editable && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteIcon />}
                  aria-label={t('attendance.remove', { name: p.name })}
                  onClick={() => onChange(people.filter((x) => !same(x, p)))}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className={styles.add}>
          <Field label={t('attendance.addPerson')}>
            <Input
              value={typed}
              list={listId}
              placeholder={t('attendance.addPlaceholder')}
              onChange={(_, d) => setTyped(d.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </Field>
          <datalist id={listId}>
            {users.map((u) => (
              <option key={u.id} value={u.name} />
            ))}
          </datalist>
          <Button onClick={add} disabled={!typed.trim()}>
            {t('attendance.add')}
          </Button>
        </div>
      )}
    </div>
  );
}

export function AttendanceEditor({ po, users, onSaved }: { po: PoView; users: UserView[]; onSaved?: () => void }): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const { api } = useSession();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- po.seq: read again after every change of the PO
  const loaded = useAsync(() => getAttendance(api, po.id), [api, po.id, po.seq]);
  const [draft, setDraft] = useState<Attendance | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (loaded.data) setDraft(loaded.data.attendance ?? loaded.data.suggestion);
  }, [loaded.data]);

  if (!loaded.data || !draft)
    return loaded.error !== null ? <ErrorPanel error={loaded.error} onRetry={() => void loaded.reload()} /> : <Spinner size="small" />;
  const editable = loaded.data.mayEdit;
  const change = (next: Attendance): void => {
    setDraft(next);
    setSaved(false);
  };
  const save = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const view = await saveAttendance(api, po.id, draft);
      setDraft(view.attendance ?? draft);
      setSaved(true);
      onSaved?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="attendance-h" data-testid="attendance">
      <h2 id="attendance-h" className={styles.h}>
        {t('attendance.title')}
      </h2>
      {loaded.data.attendance === null && (
        <MessageBar intent="info">
          <MessageBarBody>{t('attendance.notRecorded')}</MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      <PeopleList
        label={t('attendance.aanwezig')}
        people={draft.aanwezig}
        users={users}
        editable={editable}
        onChange={(aanwezig) => change({ ...draft, aanwezig })}
        move={{
          label: (name) => t('attendance.toAfgemeld', { name }),
          to: (a) => change({ ...draft, aanwezig: draft.aanwezig.filter((x) => !same(x, a)), afgemeld: [...draft.afgemeld, a] }),
        }}
      />
      <PeopleList
        label={t('attendance.afgemeld')}
        people={draft.afgemeld}
        users={users}
        editable={editable}
        onChange={(afgemeld) => change({ ...draft, afgemeld })}
        move={{
          label: (name) => t('attendance.toAanwezig', { name }),
          to: (a) => change({ ...draft, afgemeld: draft.afgemeld.filter((x) => !same(x, a)), aanwezig: [...draft.aanwezig, a] }),
        }}
      />
      {po.agendapunten.map((item) => (
        <PeopleList
          key={item.id}
          label={t('attendance.aangeschoven', { item: `${item.nummer}. ${item.title}` })}
          people={draft.aangeschoven[item.id] ?? []}
          users={users}
          editable={editable}
          onChange={(people) => change({ ...draft, aangeschoven: { ...draft.aangeschoven, [item.id]: people } })}
        />
      ))}
      {editable && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => void save()} data-testid="attendance-save">
            {t('attendance.save')}
          </Button>
          <Text aria-live="polite">{saved ? t('attendance.saved') : ''}</Text>
        </div>
      )}
    </section>
  );
}

/** The editor folded away (the side panel): opened when wanted, for the notulist and concernadviseur. */
export function AttendanceSection({ po, users }: { po: PoView; users: UserView[] }): JSX.Element | null {
  const { t } = useT();
  if (!po.rights.amendVerslag || (po.status !== 'gestart' && po.status !== 'afgesloten')) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="attendance">
        <AccordionHeader>{t('attendance.title')}</AccordionHeader>
        <AccordionPanel>
          <AttendanceEditor po={po} users={users} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
