/** An error in the user's language, with a retry where it makes sense. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { errorText } from '../api';
import { useT } from '../session';

export function ErrorPanel({ error, onRetry, onDismiss }: { error: unknown; onRetry?: () => void; onDismiss?: () => void }): JSX.Element {
  const { t, locale } = useT();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('error.title')}</MessageBarTitle>
        {errorText(error, locale)}
      </MessageBarBody>
      {(onRetry || onDismiss) && (
        <MessageBarActions>
          {onRetry && <Button onClick={onRetry}>{t('app.retry')}</Button>}
          {onDismiss && (
            <Button appearance="transparent" onClick={onDismiss}>
              {t('app.close')}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
