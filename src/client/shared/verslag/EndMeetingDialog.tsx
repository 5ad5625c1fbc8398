/**
 * "Vergadering beëindigen", with a confirmation that lists the agendapunten the meeting never
 * reached (never current, no records): per item the notulist chooses what the verslag says, niet
 * besproken (the default) or aangehouden (offered to the next PO). Presentational: the choice goes
 * to `onEnd`.
 */
import { Button, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { ConfirmPanel } from '../components/ConfirmPanel';
import { useT } from '../session';
import type { PoView } from '../types';
import { notDiscussed, type Afhandeling } from './afterMeetingApi';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface EndMeetingDialogProps {
  po: PoView;
  disabled?: boolean;
  onEnd: (afhandeling: Record<string, Afhandeling>) => void;
}

export function EndMeetingDialog({ po, disabled, onEnd }: EndMeetingDialogProps): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const [choices, setChoices] = useState<Record<string, Afhandeling>>({});
  const items = notDiscussed(po);
  const confirm = (): void => {
    setOpen(false);
    // Only the items still not discussed: one discussed since the dialog opened has no afhandeling.
    onEnd(Object.fromEntries(items.map((i) => [i.id, choices[i.id] ?? 'niet_besproken'])));
  };
  const cancel = (): void => {
    setOpen(false);
    trigger.current?.focus();
  };

  return (
    <>
      <Button ref={trigger} disabled={disabled || open} aria-expanded={open} onClick={() => setOpen(true)} data-testid="end-meeting">
        {t('meeting.end')}
      </Button>
      {open && (
        <ConfirmPanel
          title={t('end.title')}
          describedBy="end-meeting-desc"
          cancelLabel={t('end.cancel')}
          onCancel={cancel}
          actions={
            <Button appearance="primary" onClick={confirm} data-testid="end-meeting-confirm">
              {t('end.confirm')}
            </Button>
          }
        >
          <div className={styles.content}>
            <Text id="end-meeting-desc">
              {items.length === 0 ? t('end.allDiscussed') : items.length === 1 ? t('end.notDiscussedOne') : t('end.notDiscussedMany', { n: items.length })}
            </Text>
            {items.length > 0 && (
              <ul className={styles.list} data-testid="niet-besproken">
                {items.map((item) => (
                  <li key={item.id} className={styles.item}>
                    <Text id={`nb-${item.id}`} className={styles.title}>
                      {item.nummer}. {item.title}
                    </Text>
                    <RadioGroup
                      layout="horizontal"
                      aria-labelledby={`nb-${item.id}`}
                      value={choices[item.id] ?? 'niet_besproken'}
                      onChange={(_, d) => setChoices((c) => ({ ...c, [item.id]: d.value as Afhandeling }))}
                    >
                      <Radio value="niet_besproken" label={t('end.nietBesproken')} />
                      <Radio value="aangehouden" label={t('end.aangehouden')} />
                    </RadioGroup>
                  </li>
                ))}
              </ul>
            )}
            <Text className={styles.muted}>{t('end.hint')}</Text>
          </div>
        </ConfirmPanel>
      )}
    </>
  );
}
