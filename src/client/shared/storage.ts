/**
 * Web storage that may be refused: a tab inside Teams is a third-party frame, and a browser that
 * blocks third-party storage throws on `localStorage`. Then the data lives in memory for this page.
 */
export interface SafeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function memoryStorage(): SafeStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      map.set(k, v);
    },
    removeItem: (k) => {
      map.delete(k);
    },
  };
}

function open(kind: 'localStorage' | 'sessionStorage'): SafeStorage {
  try {
    const s = window[kind];
    const probe = '__po-overleg__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return {
      getItem: (k) => {
        try {
          return s.getItem(k);
        } catch {
          return null;
        }
      },
      setItem: (k, v) => {
        try {
          s.setItem(k, v);
        } catch {
          /* full: kept nowhere */
        }
      },
      removeItem: (k) => {
        try {
          s.removeItem(k);
        } catch {
          /* ignore */
        }
      },
    };
  } catch {
    return memoryStorage();
  }
}

let local: SafeStorage | null = null;
let session: SafeStorage | null = null;
export const localStore = (): SafeStorage => (local ??= open('localStorage'));
export const sessionStore = (): SafeStorage => (session ??= open('sessionStorage'));
