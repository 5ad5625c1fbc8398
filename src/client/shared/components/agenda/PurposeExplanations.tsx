/**
 * The three purposes explained once for the whole agenda (instead of at every item): a button that
 * shows or hides the explanations, as a disclosure (aria-expanded), open by default where asked.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { PURPOSE_EXPLANATION, PURPOSES } from '../../../../domain/model';
import { useT } from '../../session';
import { InfoIcon } from '../Icons';
import { PurposeBadge } from '../PurposeBadge';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: tokens.spacingHorizontalM,
    listStyleType: 'none',
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    alignItems: 'baseline',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: 'contents' },
});

export function PurposeExplanations({ defaultOpen = false }: { defaultOpen?: boolean }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const id = useId();
  const [open, setOpen] = useState(defaultOpen);
  return (
    <div>
      <Button appearance="subtle" size="small" icon={<InfoIcon />} aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen(!open)}>
        {t('agenda.purpose.explain')}
      </Button>
      {open && (
        <ul id={`${id}-list`} className={styles.list} data-testid="purpose-explanations">
          {PURPOSES.map((p) => (
            <li key={p} className={styles.row}>
              <PurposeBadge purpose={p} />
              <span>{PURPOSE_EXPLANATION[p][locale]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
