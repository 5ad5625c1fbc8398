/**
 * Where the agenda's vaststelling stands and what this user can do about it (issue 15, seed 000:
 * "samen stellen zij de agenda vast"): "Ter vaststelling bij <naam> sinds <tijd>", the remark of a
 * proposal sent back, and the buttons Voorleggen / Vaststellen / Terugsturen. Before voorleggen or
 * vaststellen the items still waiting for their kwaliteitstoets, and the overruled ones, are listed
 * for confirmation.
 */
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDayTime } from '../../shared/format';
import { useT } from '../../shared/session';
import type { PoView, UserView } from '../../shared/types';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  grow: { flexGrow: 1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

export type VaststellingAction = 'voorleggen' | 'vaststellen';

export interface VaststellingPanelProps {
  po: PoView;
  users: UserView[];
  me: string;
  onDecide: (action: VaststellingAction) => void;
  onSendBack: (opmerking: string) => void;
}

export function VaststellingPanel({ po, users, me, onDecide, onSendBack }: VaststellingPanelProps): JSX.Element | null {
  const styles = useStyles();
  const { t, locale } = useT();
  const [asking, setAsking] = useState<VaststellingAction | null>(null);
  const [sendingBack, setSendingBack] = useState(false);
  const [opmerking, setOpmerking] = useState('');
  if (po.status !== 'concept') return null;
  const { vaststelling: v, rights } = po;
  const nameOfRole = (role: 'portefeuillehouder' | 'concernadviseur', userId: string | null): string =>
    role === 'portefeuillehouder' ? po.portefeuillehouder.name || t('vaststelling.ph') : (users.find((u) => u.id === userId)?.name ?? t('vaststelling.ca'));
  const waitingFor = v.wachtOp ? nameOfRole(v.wachtOp.role, v.wachtOp.userId) : '';
  const waiting = po.agendaCheck.waitingForKwaliteitstoets;
  const overruled = po.agendapunten.filter(
    (i) => i.purpose === 'besluitvorming' && i.toetsOverruled && !(i.kwaliteitstoets && i.toetsCriteria.every((c) => c.voldaan)),
  );

  const decide = (action: VaststellingAction): void => {
    if ((waiting.length > 0 || overruled.length > 0) && po.agendaCheck.problems.length === 0) setAsking(action);
    else onDecide(action);
  };
  const label = (action: VaststellingAction): string =>
    action === 'voorleggen' ? t('vaststelling.voorleggen') : v.doorBeiden ? t('vaststelling.vaststellen') : t('vaststelling.vaststellenAlone');

  return (
    <div className={styles.bar} data-testid="vaststelling">
      {v.voorstel && v.wachtOp?.userId === me && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            <MessageBarTitle>{t('vaststelling.myPos.waiting')}</MessageBarTitle>
            {t('vaststelling.waitingForMe', { name: v.voorstel.byName, time: formatDayTime(v.voorstel.at, locale) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {v.voorstel && v.wachtOp?.userId !== me && (
        <Text weight="semibold" role="status" data-testid="vaststelling-status">
          {t('vaststelling.waiting', { name: waitingFor, time: formatDayTime(v.voorstel.at, locale) })}
        </Text>
      )}
      {!v.voorstel && v.teruggestuurd && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('vaststelling.sentBack', {
              name: v.teruggestuurd.byName,
              time: formatDayTime(v.teruggestuurd.at, locale),
              opmerking: v.teruggestuurd.opmerking,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {v.doorBeiden && !v.voorstel && rights.voorleggen && (
        <Text size={200} className={styles.muted}>
          {t('vaststelling.both')}
        </Text>
      )}
      {asking && (
        <MessageBar intent="warning" layout="multiline" data-testid="vaststelling-confirm">
          <MessageBarBody>
            <MessageBarTitle>{t('vaststelling.confirm.title')}</MessageBarTitle>
            {waiting.length > 0 && (
              <>
                <div>{t('vaststelling.confirm.waiting')}</div>
                <ul className={styles.list}>
                  {waiting.map((w) => (
                    <li key={w.agendapuntId}>
                      {w.title}
                      {w.missing && w.missing.length > 0 ? ` (${t('vaststelling.confirm.open', { criteria: w.missing.join(', ') })})` : ''}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {overruled.length > 0 && (
              <>
                <div>{t('vaststelling.confirm.overruled')}</div>
                <ul className={styles.list}>
                  {overruled.map((i) => (
                    <li key={i.id}>
                      {i.title}: {t('toets.overruled', { name: i.toetsOverruled!.byName, reden: i.toetsOverruled!.reden })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              onClick={() => {
                const action = asking;
                setAsking(null);
                onDecide(action);
              }}
            >
              {label(asking)}
            </Button>
            <Button onClick={() => setAsking(null)}>{t('app.cancel')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!asking && (rights.voorleggen || rights.vaststellen || rights.terugsturen) && (
        <div className={styles.actions}>
          {rights.voorleggen && (
            <Button appearance="primary" onClick={() => decide('voorleggen')}>
              {label('voorleggen')}
            </Button>
          )}
          {rights.vaststellen && (
            <Button appearance="primary" onClick={() => decide('vaststellen')}>
              {label('vaststellen')}
            </Button>
          )}
          {rights.terugsturen && !sendingBack && (
            <Button onClick={() => setSendingBack(true)} aria-expanded={false}>
              {t('vaststelling.terugsturen')}
            </Button>
          )}
        </div>
      )}
      {sendingBack && rights.terugsturen && (
        <form
          className={styles.actions}
          onSubmit={(e) => {
            e.preventDefault();
            if (!opmerking.trim()) return;
            onSendBack(opmerking.trim());
            setSendingBack(false);
            setOpmerking('');
          }}
        >
          <Field label={t('vaststelling.terugsturen.label')} required className={styles.grow}>
            <Textarea value={opmerking} maxLength={1000} onChange={(_, d) => setOpmerking(d.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={!opmerking.trim()}>
            {t('vaststelling.terugsturen.submit')}
          </Button>
          <Button onClick={() => setSendingBack(false)}>{t('app.cancel')}</Button>
        </form>
      )}
    </div>
  );
}
