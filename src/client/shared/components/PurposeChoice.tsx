/**
 * The purpose of an agendapunt, chosen from the three labels, each ALWAYS visible with its
 * one-line explanation (seed 000: "Nadrukkelijk wordt aangegeven wat het doel is van bespreking").
 * `compact` (the agenda editor): the three labels on one line; the explanations stay each radio's
 * description for screen readers but are shown once for the whole agenda (PurposeExplanations).
 */
import { Radio, RadioGroup, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { PURPOSE_LABEL } from '../../../domain/labels';
import { PURPOSE_EXPLANATION, PURPOSES, type Purpose } from '../../../domain/model';
import { useT } from '../session';

const useStyles = makeStyles({
  group: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: tokens.spacingHorizontalS },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS, display: 'block' },
  option: {
    display: 'flex',
    flexDirection: 'column',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  chosen: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  missing: { border: `${tokens.strokeWidthThin} dashed ${tokens.colorPaletteRedBorder2}` },
  explanation: { color: tokens.colorNeutralForeground2, paddingLeft: '32px', paddingRight: tokens.spacingHorizontalS, paddingBottom: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  compactGroup: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  compactOption: { padding: 0 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface PurposeChoiceProps {
  value: Purpose | null;
  onChange: (purpose: Purpose) => void;
  disabled?: boolean;
  /** Names the item for screen readers, e.g. "Doel van bespreking van agendapunt 2". */
  label: string;
  compact?: boolean;
}

export function PurposeChoice({ value, onChange, disabled, label, compact = false }: PurposeChoiceProps): JSX.Element {
  const styles = useStyles();
  const { locale } = useT();
  const id = useId();
  return (
    <div role="group" aria-labelledby={`${id}-legend`}>
      <Text id={`${id}-legend`} className={styles.legend}>
        {label}
      </Text>
      <RadioGroup
        className={compact ? styles.compactGroup : styles.group}
        layout={compact ? 'horizontal' : undefined}
        value={value ?? ''}
        disabled={disabled}
        aria-labelledby={`${id}-legend`}
        onChange={(_, d) => onChange(d.value as Purpose)}
      >
        {PURPOSES.map((p) => (
          <div key={p} className={mergeClasses(styles.option, compact && styles.compactOption, value === p && styles.chosen, !value && styles.missing)}>
            <Radio value={p} label={<span className={styles.label}>{PURPOSE_LABEL[p][locale]}</span>} input={{ 'aria-describedby': `${id}-${p}` }} />
            <Text id={`${id}-${p}`} size={200} className={compact ? styles.hidden : styles.explanation}>
              {PURPOSE_EXPLANATION[p][locale]}
            </Text>
          </div>
        ))}
      </RadioGroup>
    </div>
  );
}
