/** The room of the rows a windowed list does not render (see useWindow.ts): hidden from everyone but the scroll bar. */
export function ListSpacer({ height, as }: { height: number; as: 'tr' | 'li' }): JSX.Element | null {
  if (height <= 0) return null;
  const style = { height, padding: 0, margin: 0, border: 0 };
  return as === 'tr' ? (
    <tr data-spacer="1" aria-hidden="true" style={style} />
  ) : (
    <li data-spacer="1" aria-hidden="true" role="presentation" style={{ ...style, listStyle: 'none' }} />
  );
}
