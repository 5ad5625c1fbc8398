/** "Agenda in uitnodiging zetten" and what came of it: refused with the reasons, or done. */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useT } from '../shared/session';
import type { TaskPaneActions } from './useTaskPane';
import { useOutlookStyles } from './styles';

export function InvitePanel({ pane }: { pane: TaskPaneActions }): JSX.Element {
  const styles = useOutlookStyles();
  const { t } = useT();
  const { result, busy, po } = pane.state;
  return (
    <section className={styles.stack} aria-label={t('outlook.insert')}>
      <Button appearance="primary" onClick={() => void pane.insert()} disabled={busy || !po?.rights.editAgenda}>
        {t('outlook.insert')}
      </Button>
      <div role="status" aria-live="polite">
        {result && !result.ok && (
          <MessageBar intent="error">
            <MessageBarBody>{t('outlook.refused', { n: result.problems.length })}</MessageBarBody>
          </MessageBar>
        )}
        {result?.ok && (
          <MessageBar intent="success">
            <MessageBarBody>
              {t(result.replacedBlocks > 0 || result.replacedAttachments > 0 ? 'outlook.replaced' : 'outlook.inserted', { file: result.attachmentName })}
              {result.teamsChatLinked ? ` ${t('outlook.teamsLinked')}` : ''}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
