/** The stage of a PO as a badge. */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { PoStatus } from '../../../domain/model';
import { useT } from '../session';

const COLOR: Record<PoStatus, NonNullable<BadgeProps['color']>> = {
  concept: 'informative',
  vastgesteld: 'brand',
  gestart: 'danger',
  afgesloten: 'warning',
  gepubliceerd: 'success',
};

export function StatusBadge({ status }: { status: PoStatus }): JSX.Element {
  const { t } = useT();
  return (
    <Badge appearance="tint" color={COLOR[status]}>
      {t(`status.${status}`)}
    </Badge>
  );
}
