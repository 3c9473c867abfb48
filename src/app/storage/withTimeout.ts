/**
 * `work` if it settles within `ms` milliseconds, else `fallback()`. A late result is handed to
 * `onLate` (e.g. to close a database that opened after the app gave up on it).
 */
export function withTimeout<T>(work: Promise<T>, ms: number, fallback: () => T, onLate: (late: T) => void = () => undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      resolve(fallback());
    }, ms);
    work.then(
      (value) => {
        if (done) onLate(value);
        else {
          done = true;
          clearTimeout(timer);
          resolve(value);
        }
      },
      (err: unknown) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
