/** The few icons the app needs, as inline SVG (20px, currentColor): no icon font, no extra package. */
import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement>;

function icon(path: string, name: string): (props: IconProps) => JSX.Element {
  const Icon = (props: IconProps): JSX.Element => (
    <svg width="20" height="20" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" focusable="false" {...props}>
      <path d={path} />
    </svg>
  );
  Icon.displayName = name;
  return Icon;
}

export const ArrowUpIcon = icon('M10 3.3l5.35 5.36a.5.5 0 01-.7.7L10.5 5.2V16.5a.5.5 0 01-1 0V5.2L5.35 9.36a.5.5 0 01-.7-.7L10 3.29z', 'ArrowUpIcon');
export const ArrowDownIcon = icon('M10 16.7l-5.35-5.36a.5.5 0 01.7-.7l4.15 4.15V3.5a.5.5 0 011 0v11.3l4.15-4.15a.5.5 0 01.7.7L10 16.71z', 'ArrowDownIcon');
export const DragIcon = icon(
  'M7 4a1 1 0 110 2 1 1 0 010-2zm6 0a1 1 0 110 2 1 1 0 010-2zM7 9a1 1 0 110 2 1 1 0 010-2zm6 0a1 1 0 110 2 1 1 0 010-2zm-6 5a1 1 0 110 2 1 1 0 010-2zm6 0a1 1 0 110 2 1 1 0 010-2z',
  'DragIcon',
);
export const DeleteIcon = icon(
  'M8.5 4h3a1.5 1.5 0 00-3 0zm-1 0a2.5 2.5 0 015 0h4a.5.5 0 010 1h-.55l-1.2 10.34A2 2 0 0112.76 17H7.24a2 2 0 01-1.99-1.66L4.05 5H3.5a.5.5 0 010-1h4zm-2.45 1l1.19 10.23a1 1 0 001 .77h5.52a1 1 0 001-.77L14.95 5h-9.9z',
  'DeleteIcon',
);
export const AddIcon = icon('M10 3.5a.5.5 0 01.5.5v5.5H16a.5.5 0 010 1h-5.5V16a.5.5 0 01-1 0v-5.5H4a.5.5 0 010-1h5.5V4a.5.5 0 01.5-.5z', 'AddIcon');
export const ShareIcon = icon(
  'M3 5.5A2.5 2.5 0 015.5 3h9A2.5 2.5 0 0117 5.5v6a2.5 2.5 0 01-2.5 2.5h-9A2.5 2.5 0 013 11.5v-6zM5.5 4A1.5 1.5 0 004 5.5v6A1.5 1.5 0 005.5 13h9a1.5 1.5 0 001.5-1.5v-6A1.5 1.5 0 0014.5 4h-9zM7 16.5a.5.5 0 01.5-.5h5a.5.5 0 010 1h-5a.5.5 0 01-.5-.5zm3-10.2l2.35 2.35a.5.5 0 01-.7.7L10.5 8.2v3.3a.5.5 0 01-1 0V8.2L8.35 9.35a.5.5 0 01-.7-.7L10 6.29z',
  'ShareIcon',
);
export const LockIcon = icon(
  'M10 2a3 3 0 013 3v2h1a2 2 0 012 2v7a2 2 0 01-2 2H6a2 2 0 01-2-2V9a2 2 0 012-2h1V5a3 3 0 013-3zm4 6H6a1 1 0 00-1 1v7a1 1 0 001 1h8a1 1 0 001-1V9a1 1 0 00-1-1zm-4 3a1.5 1.5 0 110 3 1.5 1.5 0 010-3zm0-8a2 2 0 00-2 2v2h4V5a2 2 0 00-2-2z',
  'LockIcon',
);
export const ClockIcon = icon(
  'M10 2a8 8 0 110 16 8 8 0 010-16zm0 1a7 7 0 100 14 7 7 0 000-14zm-.5 2a.5.5 0 01.5.5V10h2.5a.5.5 0 010 1h-3a.5.5 0 01-.5-.5v-5a.5.5 0 01.5-.5z',
  'ClockIcon',
);
export const CheckIcon = icon('M7.03 13.9L3.56 10.4a.75.75 0 10-1.06 1.06l4 4a.75.75 0 001.06 0l10-10a.75.75 0 00-1.06-1.06l-9.47 9.47z', 'CheckIcon');
export const DocumentIcon = icon(
  'M6 2h5.59a1.5 1.5 0 011.06.44l2.91 2.91A1.5 1.5 0 0116 6.41V16a2 2 0 01-2 2H6a2 2 0 01-2-2V4a2 2 0 012-2zm0 1a1 1 0 00-1 1v12a1 1 0 001 1h8a1 1 0 001-1V7h-2.5A1.5 1.5 0 0111 5.5V3H6zm6 .2v2.3a.5.5 0 00.5.5h2.3L12 3.2z',
  'DocumentIcon',
);
export const NextIcon = icon('M7.65 4.15a.5.5 0 01.7 0l5.5 5.5a.5.5 0 010 .7l-5.5 5.5a.5.5 0 01-.7-.7L12.79 10 7.65 4.85a.5.5 0 010-.7z', 'NextIcon');
export const PreviousIcon = icon('M12.35 15.85a.5.5 0 01-.7 0l-5.5-5.5a.5.5 0 010-.7l5.5-5.5a.5.5 0 01.7.7L7.21 10l5.14 5.15a.5.5 0 010 .7z', 'PreviousIcon');
export const InfoIcon = icon(
  'M10.5 8.91a.5.5 0 00-1 .09v4.6a.5.5 0 001-.09V8.91zm.3-2.16a.75.75 0 11-1.5 0 .75.75 0 011.5 0zM18 10a8 8 0 10-16 0 8 8 0 0016 0zM3 10a7 7 0 1114 0 7 7 0 01-14 0z',
  'InfoIcon',
);
