/**
 * Beheer (beheerder only): the organisation configured in the app. On the first run (nothing
 * configured yet) a welcome leads through the parts in order.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { DEFAULT_HOLIDAYS } from '../../../domain/holidays';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { useSession, useT } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { ChannelSection } from './ChannelSection';
import { CollegeberichtSection } from './CollegeberichtSection';
import { DEFAULT_COLLEGEBERICHT } from '../../../domain/collegebericht';
import { CollegeSection } from './CollegeSection';
import { HolidaysSection } from './HolidaysSection';
import { MappingsSection } from './MappingsSection';
import { RemindersSection } from './RemindersSection';
import { SettingsSection } from './SettingsSection';
import { useBeheerStyles } from './styles';
import { UsersSection } from './UsersSection';
import { VaststellingSection } from './VaststellingSection';

export function BeheerPage(): JSX.Element {
  const styles = useBeheerStyles();
  const { t } = useT();
  const { api } = useSession();
  const state = useAsync(() => api.beheer(), [api]);
  const reload = (): void => void state.reload();

  if (state.error !== null && !state.data) return <ErrorPanel error={state.error} onRetry={reload} />;
  if (!state.data) return <Spinner />;
  const { config, users, configured } = state.data;
  return (
    <div className={styles.page}>
      <h1 className={styles.h1}>{t('beheer.title')}</h1>
      {!configured && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('beheer.setup.title')}</MessageBarTitle>
            {t('beheer.setup.body')}
          </MessageBarBody>
        </MessageBar>
      )}
      <SettingsSection config={config} onSaved={reload} />
      <VaststellingSection config={config} onSaved={reload} />
      <UsersSection users={users} onSaved={reload} />
      <CollegeSection college={config.portefeuillehouders} users={users} onSaved={reload} />
      <HolidaysSection settings={config.holidays ?? DEFAULT_HOLIDAYS} onSaved={reload} />
      <ChannelSection config={config} onSaved={reload} />
      <MappingsSection mappings={config.roleMappings ?? []} onSaved={reload} />
      <RemindersSection />
      <CollegeberichtSection template={config.collegebericht ?? DEFAULT_COLLEGEBERICHT} onSaved={reload} />
    </div>
  );
}
