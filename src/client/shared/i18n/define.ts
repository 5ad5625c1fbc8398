/** Message catalogues: every key has its Dutch text first and its English text second. */
export type Catalogue = Record<string, readonly [nl: string, en: string]>;

export const defineMessages = <T extends Catalogue>(messages: T): T => messages;
