/** The look of a standing item's part on the PO page: a card with a heading and a list of rows (Terugkoppeling, RaadsStanding). */
import { makeStyles, tokens } from '@fluentui/react-components';
import { cardSurface } from './cardSurface';

export const useStandingSectionStyles = makeStyles({
  section: { ...cardSurface, gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
});
