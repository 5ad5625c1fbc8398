/**
 * The surface of a card on a page (a PO's standing items, the college announcement and planning,
 * a verslag): padding, background, rounded corners and a light shadow, its content in a column.
 * Each card adds its own gap.
 */
import { tokens } from '@fluentui/react-components';

export const cardSurface = {
  padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  backgroundColor: tokens.colorNeutralBackground1,
  borderRadius: tokens.borderRadiusLarge,
  boxShadow: tokens.shadow2,
  display: 'flex',
  flexDirection: 'column',
} as const;
