/** The purpose of an agendapunt as a coloured label (or "no purpose yet"). */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import { PURPOSE_LABEL } from '../../../domain/labels';
import type { Purpose } from '../../../domain/model';
import { useT } from '../session';

export const PURPOSE_COLOR: Record<Purpose, NonNullable<BadgeProps['color']>> = {
  beeldvorming: 'brand',
  oordeelsvorming: 'warning',
  besluitvorming: 'success',
};

export function PurposeBadge({ purpose, size = 'medium' }: { purpose: Purpose | null; size?: BadgeProps['size'] }): JSX.Element {
  const { t, locale } = useT();
  if (!purpose)
    return (
      <Badge appearance="outline" color="danger" size={size}>
        {t('agenda.purpose.none')}
      </Badge>
    );
  return (
    <Badge appearance="filled" color={PURPOSE_COLOR[purpose]} size={size}>
      {PURPOSE_LABEL[purpose][locale]}
    </Badge>
  );
}
