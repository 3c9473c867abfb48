/** A browser's localStorage, in memory, for tests; `entries` shows everything it holds. */
export function memoryStorage(): Storage & { entries(): Map<string, string> } {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
    entries: () => m,
  };
}
