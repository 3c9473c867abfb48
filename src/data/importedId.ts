/**
 * The namespace of imported and shared tables' ids: `u-` and 1 to 16 of [a-z0-9], e.g. `u-k3f9a2`.
 * Built-in and coverage indicator ids never contain `-` (catalogue test), so an imported id can
 * never equal one of them, whatever a file or a link says.
 *
 * Before issue #17 the pattern was `u` + [a-z0-9]{1,16}, which the built-in `urban` also matched: a
 * link could replace it. Such ids are read as their namespaced form (`uk3f9a2` → `u-k3f9a2`).
 */
export const IMPORTED_ID = /^u-[a-z0-9]{1,16}$/;

export const isImportedId = (id: string): boolean => IMPORTED_ID.test(id);

/** The namespaced form of an imported id, old-style ones included; null for anything else. */
export function toImportedId(id: string): string | null {
  if (IMPORTED_ID.test(id)) return id;
  const old = /^u([a-z0-9]{1,16})$/.exec(id);
  return old ? `u-${old[1]}` : null;
}

/** A fresh id that `taken` does not hold: time-based, with a random tail against same-millisecond imports. */
export function newImportedId(taken: (id: string) => boolean, now: () => number = Date.now, random: () => number = Math.random): string {
  for (;;) {
    const id = `u-${now().toString(36).slice(-5)}${Math.floor(random() * 36 ** 3).toString(36)}`;
    if (!taken(id)) return id;
  }
}
