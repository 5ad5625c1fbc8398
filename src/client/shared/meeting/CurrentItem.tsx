/** The agendapunt under discussion: number, title, its purpose label prominent, planned vs elapsed. */
import { Badge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { PURPOSE_LABEL } from '../../../domain/labels';
import { PURPOSE_EXPLANATION } from '../../../domain/model';
import { LockIcon } from '../components/Icons';
import { WholeWords } from '../components/WholeWords';
import { PURPOSE_COLOR } from '../components/PurposeBadge';
import { useT } from '../session';
import type { AgendaItemView } from '../types';
import { ItemTimer } from './ItemTimer';
import type { ItemTime } from './timing';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  eyebrow: {
    color: tokens.colorNeutralForeground2,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  titleRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  number: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightBold },
  title: { fontWeight: tokens.fontWeightSemibold, margin: 0, minWidth: 0 },
  small: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  // The stage: scaled to the screen's height (about 36 px at 720, 54 px at 1080).
  large: { fontSize: 'clamp(28px, 5vh, 64px)', lineHeight: 1.15 },
  largeText: { fontSize: 'clamp(16px, 2.4vh, 32px)', lineHeight: 1.3 },
  purposeRow: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  bigBadge: {
    fontSize: 'clamp(18px, 2.8vh, 38px)',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    height: 'auto',
    borderRadius: tokens.borderRadiusLarge,
  },
  explanation: { color: tokens.colorNeutralForeground2 },
});

export interface CurrentItemProps {
  item: AgendaItemView;
  time: ItemTime;
  large?: boolean;
  headingLevel?: 2 | 3;
}

export function CurrentItem({ item, time, large, headingLevel = 2 }: CurrentItemProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={styles.root} data-testid="current-item">
      <Text className={styles.eyebrow}>{t('meeting.current')}</Text>
      <div className={styles.titleRow}>
        <span className={mergeClasses(styles.number, large ? styles.large : styles.small)}>{item.nummer}</span>
        <H className={mergeClasses(styles.title, large ? styles.large : styles.small)}>
          <WholeWords text={item.title} />
        </H>
      </div>
      <div className={styles.purposeRow}>
        {item.purpose ? (
          <Badge
            appearance="filled"
            color={PURPOSE_COLOR[item.purpose]}
            size="extra-large"
            className={large ? styles.bigBadge : undefined}
            data-testid="current-purpose"
          >
            {PURPOSE_LABEL[item.purpose][locale]}
          </Badge>
        ) : (
          <Badge appearance="outline" color="danger" size="extra-large">
            {t('agenda.purpose.none')}
          </Badge>
        )}
        {item.vertrouwelijk && (
          <Badge appearance="tint" color="danger" icon={<LockIcon />} size={large ? 'extra-large' : 'medium'}>
            {t('app.vertrouwelijk')}
          </Badge>
        )}
      </div>
      {item.purpose && (
        <Text size={large ? 500 : 200} className={mergeClasses(styles.explanation, large && styles.largeText)}>
          {PURPOSE_EXPLANATION[item.purpose][locale]}
        </Text>
      )}
      <ItemTimer time={time} plannedMinutes={item.plannedMinutes} large={large} />
    </div>
  );
}
