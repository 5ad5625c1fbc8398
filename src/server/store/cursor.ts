/** Page cursors: the last row's sort key (or a search's offset), opaque to clients. */
export const encodeCursor = (key: (string | number)[]): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The cursor's key (of `length` parts when given), or null when it is not one of ours: the route answers 400. */
export function decodeCursor(cursor: string, length?: number): (string | number)[] | null {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(key) || (length !== undefined && key.length !== length)) return null;
    return key.every((k) => typeof k === 'string' || typeof k === 'number') ? key : null;
  } catch {
    return null;
  }
}
