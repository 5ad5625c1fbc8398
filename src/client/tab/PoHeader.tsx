/** The head of a PO page: title, date, portefeuillehouder, status and the actions of this stage. */
import { Badge, Button, Field, Input, Link, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LIMITS } from '../../shared/limits';
import { errorText } from '../shared/api';
import { useSession } from '../shared/session';
import { useRef, useState, type ReactNode } from 'react';
import { StatusBadge } from '../shared/components/StatusBadge';
import { formatDateTime } from '../shared/format';
import { useT } from '../shared/session';
import type { PoView, UserView } from '../shared/types';
import { PoDetailsForm } from './PoDetailsForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  h1: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase600 },
  meta: { color: tokens.colorNeutralForeground2, display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center', marginTop: tokens.spacingVerticalS },
});

export interface PoAction {
  key: string;
  label: string;
  onClick?: () => void;
  href?: string;
  primary?: boolean;
  disabled?: boolean;
}

export interface PoHeaderProps {
  po: PoView;
  users: UserView[];
  actions: PoAction[];
  backHref: string;
  onBack: () => void;
  status?: ReactNode;
  /** After the date, notulist or participants were changed here. */
  onChanged?: () => void;
}

export function PoHeader({ po, users, actions, backHref, onBack, status, onChanged }: PoHeaderProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [cancelError, setCancelError] = useState<unknown>(null);
  const cancel = async (): Promise<void> => {
    setCancelError(null);
    try {
      await api.cancelPo(po.id, reason.trim());
      setCancelling(false);
      onChanged?.();
    } catch (err) {
      setCancelError(err);
    }
  };
  const editButton = useRef<HTMLButtonElement>(null);
  const notulist = users.find((u) => u.id === po.notulistId)?.name;
  const participants = po.participantIds.map((id) => users.find((u) => u.id === id)?.name ?? id);
  const manageable = po.rights.editAgenda && (po.status === 'concept' || po.status === 'vastgesteld') && !po.geannuleerd;
  return (
    <header className={styles.root}>
      <Link
        href={backHref}
        onClick={(e) => {
          e.preventDefault();
          onBack();
        }}
      >
        {t('po.backToList')}
      </Link>
      <div className={styles.titleRow}>
        <h1 className={styles.h1}>{po.title}</h1>
        {po.geannuleerd ? (
          <Badge appearance="filled" color="danger">
            {t('pos.geannuleerd')}
          </Badge>
        ) : (
          <StatusBadge status={po.status} />
        )}
        {status}
      </div>
      <div className={styles.meta}>
        <Text>{formatDateTime(po.startsAt, locale)}</Text>
        <Text>{t('po.ph', { name: po.portefeuillehouder.name })}</Text>
        {notulist && <Text>{t('po.notulist', { name: notulist })}</Text>}
        {participants.length > 0 && <Text>{t('po.participants', { names: participants.join(', ') })}</Text>}
        {manageable && !editing && (
          <Link as="button" ref={editButton} onClick={() => setEditing(true)}>
            {t('po.details.edit')}
          </Link>
        )}
        {manageable && !cancelling && (
          <Link as="button" onClick={() => setCancelling(true)}>
            {t('po.cancel')}
          </Link>
        )}
      </div>
      {po.geannuleerd && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('po.cancelled', { reason: po.geannuleerd.reason })}
            {po.teamsMeetingChatId ? ` ${t('po.cancelled.teams')}` : ''}
          </MessageBarBody>
        </MessageBar>
      )}
      {cancelling && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) void cancel();
          }}
        >
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <Field label={t('po.cancel.reason')} required>
                <Input value={reason} maxLength={LIMITS.shortTextChars} onChange={(_, d) => setReason(d.value)} />
              </Field>
              {cancelError !== null && <Text role="alert">{errorText(cancelError, locale)}</Text>}
            </MessageBarBody>
            <MessageBarActions>
              <Button type="submit" appearance="primary" disabled={!reason.trim()}>
                {t('po.cancel.confirm')}
              </Button>
              <Button onClick={() => setCancelling(false)}>{t('app.cancel')}</Button>
            </MessageBarActions>
          </MessageBar>
        </form>
      )}
      {editing && (
        <PoDetailsForm
          po={po}
          users={users}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onChanged?.();
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      )}
      {actions.length > 0 && (
        <div className={styles.actions}>
          {actions.map((a) =>
            a.href ? (
              <Button key={a.key} as="a" href={a.href} target="_blank" appearance={a.primary ? 'primary' : 'secondary'}>
                {a.label}
              </Button>
            ) : (
              <Button key={a.key} appearance={a.primary ? 'primary' : 'secondary'} disabled={a.disabled} onClick={a.onClick}>
                {a.label}
              </Button>
            ),
          )}
        </div>
      )}
    </header>
  );
}
