/**
 * The bespreking (the discussion's summary in the verslag) of one agendapunt, editable by the
 * notulist after the meeting until the verslag is published. Presentational: `onSave` writes.
 */
import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { LIMITS } from '../../shared/limits';
import { errorText } from '../shared/api';
import { useT } from '../shared/session';
import type { AgendaItemView } from '../shared/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export function Bespreking({ item, onSave }: { item: AgendaItemView; onSave: (text: string) => Promise<unknown> }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const [text, setText] = useState(item.bespreking);
  const [state, setState] = useState<{ busy: boolean; saved: boolean; error: unknown }>({ busy: false, saved: false, error: null });
  const changed = text !== item.bespreking;
  const save = async (): Promise<void> => {
    setState({ busy: true, saved: false, error: null });
    try {
      await onSave(text);
      setState({ busy: false, saved: true, error: null });
    } catch (error: unknown) {
      setState({ busy: false, saved: false, error });
    }
  };
  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={t('meeting.bespreking')}>
        <Textarea value={text} maxLength={LIMITS.textChars} resize="vertical" onChange={(_, v) => setText(v.value)} />
      </Field>
      <div className={styles.row}>
        <Button type="submit" disabled={!changed || state.busy}>
          {t('meeting.bespreking.save')}
        </Button>
      </div>
      <div role="status">
        {state.saved && !changed && (
          <MessageBar intent="success">
            <MessageBarBody>{t('meeting.bespreking.saved')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.error !== null && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(state.error, locale)}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
