/** What became of a Beheer section's last save: its error with each field named, or "Opgeslagen.". */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ApiError, problemText } from '../../shared/api';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { useT } from '../../shared/session';
import type { Saver } from './useSaver';

export function SaveStatus({ saver }: { saver: Saver }): JSX.Element | null {
  const { t, locale } = useT();
  if (saver.error !== null) {
    const problems = saver.error instanceof ApiError ? saver.error.problems : [];
    return (
      <>
        <ErrorPanel error={saver.error} onDismiss={saver.clear} />
        {problems.length > 0 && (
          <ul aria-label={t('error.title')}>
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>{`${p.path.replace(/^(body|query)\./, '')}: ${problemText(p, locale)}`}</li>
            ))}
          </ul>
        )}
      </>
    );
  }
  if (saver.saved)
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{t('beheer.saved')}</MessageBarBody>
      </MessageBar>
    );
  return null;
}
