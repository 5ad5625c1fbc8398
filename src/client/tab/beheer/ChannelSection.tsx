/** The Teams channel for the verslagen and the Planner plan for actiepunten, picked from the user's teams (Graph). */
import { Button, Field, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { OrganisationConfig } from '../../../domain/model';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { useSession, useT } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { SaveStatus } from './SaveStatus';
import { SectionForm } from './SectionForm';
import { useBeheerStyles } from './styles';
import { useSaver } from './useSaver';

export function ChannelSection({ config, onSaved }: { config: OrganisationConfig; onSaved: () => void }): JSX.Element {
  const styles = useBeheerStyles();
  const { t } = useT();
  const { api } = useSession();
  const saver = useSaver();
  const current = config.verslagChannel ?? null;
  const [teamId, setTeamId] = useState(current?.teamId ?? '');
  const [channelId, setChannelId] = useState(current?.channelId ?? '');
  const [plan, setPlan] = useState(config.plannerPlanId ?? '');
  const teams = useAsync(() => api.teams(), [api]);
  const channels = useAsync(async () => (teamId ? api.channels(teamId) : []), [api, teamId]);
  const plans = useAsync(async () => (teamId ? api.plans(teamId) : []), [api, teamId]);
  const planOptions = [
    ...(plans.data ?? []),
    ...(config.plannerPlanId && !(plans.data ?? []).some((p) => p.id === config.plannerPlanId)
      ? [{ id: config.plannerPlanId, name: config.plannerPlanId }]
      : []),
  ];

  const save = async (): Promise<void> => {
    const team = teams.data?.find((x) => x.id === teamId);
    const channel = channels.data?.find((x) => x.id === channelId);
    const verslagChannel = team && channel ? { teamId: team.id, channelId: channel.id, teamName: team.name, channelName: channel.name } : current;
    if (await saver.run(() => api.saveChannel({ verslagChannel, plannerPlanId: plan.trim() || null }))) onSaved();
  };

  return (
    <SectionForm id="beheer-channel" title={t('beheer.section.channel')} onSubmit={save}>
      <Text>{t('beheer.channel.current', { where: current ? `${current.teamName} › ${current.channelName}` : t('beheer.channel.default') })}</Text>
      {teams.error !== null && <ErrorPanel error={teams.error} onRetry={() => void teams.reload()} />}
      <div className={styles.grid}>
        <Field label={t('beheer.channel.team')}>
          <Select
            value={teamId}
            onChange={(_, d) => {
              setTeamId(d.value);
              setChannelId('');
            }}
          >
            <option value="">{t('beheer.channel.choose')}</option>
            {(teams.data ?? []).map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('beheer.channel.channel')}>
          <Select value={channelId} disabled={!teamId} onChange={(_, d) => setChannelId(d.value)}>
            <option value="">{t('beheer.channel.choose')}</option>
            {(channels.data ?? []).map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('beheer.channel.planner')}>
          <Select value={plan} onChange={(_, d) => setPlan(d.value)}>
            <option value="">{t('beheer.channel.plannerDefault')}</option>
            {planOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <SaveStatus saver={saver} />
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={saver.busy}>
          {t('beheer.save')}
        </Button>
        {current && (
          <Button
            onClick={() =>
              void saver
                .run(() => api.saveChannel({ verslagChannel: null }))
                .then((ok) => {
                  if (ok) {
                    setTeamId('');
                    setChannelId('');
                    onSaved();
                  }
                })
            }
          >
            {t('beheer.channel.reset')}
          </Button>
        )}
      </div>
    </SectionForm>
  );
}
