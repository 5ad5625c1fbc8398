/** Which PO this appointment is about: the recognised portefeuillehouder's POs that day, or a new one. */
import { Button, Field, Select, Text, Title3 } from '@fluentui/react-components';
import { formatDateTime } from '../shared/format';
import { translate } from '../shared/i18n';
import { appointmentDay } from './match';
import type { MessageKey } from '../shared/i18n';
import { useT } from '../shared/session';
import type { TaskPaneActions } from './useTaskPane';
import { useOutlookStyles } from './styles';

export function PoChooser({ pane }: { pane: TaskPaneActions }): JSX.Element | null {
  const styles = useOutlookStyles();
  const { t, locale } = useT();
  const { data, phId, candidates, busy } = pane.state;
  if (!data) return null;
  const { appointment, org, matches } = data;
  const ph = org.portefeuillehouders.find((p) => p.id === phId);
  const start = appointment.start;
  const when = start ? formatDateTime(start.toISOString(), locale) : t('outlook.noStart');
  const match = matches.find((m) => m.portefeuillehouder.id === phId);
  return (
    <section className={styles.stack} aria-labelledby="po-chooser-title">
      <Title3 as="h2" id="po-chooser-title">
        {t('outlook.appointment')}
      </Title3>
      <Text weight="semibold">{appointment.subject || t('outlook.noSubject')}</Text>
      <Text>{when}</Text>
      <Text>
        {match ? t('outlook.phFound', { name: match.portefeuillehouder.name, reason: t(`outlook.reason.${match.reason}` as MessageKey) }) : t('outlook.phNone')}
      </Text>
      <Field label={t('outlook.phLabel')}>
        <Select value={phId ?? ''} onChange={(_, d) => void pane.choosePh(d.value)} disabled={busy}>
          {!phId && <option value="">—</option>}
          {org.portefeuillehouders.map((p) => (
            <option key={p.id} value={p.id}>{`${p.name} (${p.titel})`}</option>
          ))}
        </Select>
      </Field>
      {ph && start && appointmentDay(start) && (
        <>
          {candidates.length > 0 ? (
            <ul className={styles.list} aria-label={t('outlook.existingPos', { day: when })}>
              {candidates.map((po) => (
                <li key={po.id} className={styles.row}>
                  <span>{`${po.title} · ${translate(locale, `status.${po.status}`)}`}</span>
                  <Button size="small" onClick={() => void pane.choosePo(po.id)} disabled={busy}>
                    {t('outlook.usePo')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <Text>{t('outlook.noPos')}</Text>
          )}
          <Button appearance={candidates.length > 0 ? 'secondary' : 'primary'} onClick={() => void pane.createPo()} disabled={busy}>
            {t('outlook.createPo', { name: ph.name, day: when })}
          </Button>
        </>
      )}
    </section>
  );
}
