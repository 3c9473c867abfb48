import { signal, type ReadonlySignal } from '@preact/signals';

/** What printing needs from the browser; a test passes its own. */
export interface PrintHost {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  print(): void;
  /** Calls `f` after the print dialog closes; returns the cleanup. */
  onAfterPrint(f: () => void): () => void;
  /** Calls `f` once the page has drawn the picture. */
  afterPaint(f: () => void): void;
}

export const browserPrintHost = (): PrintHost => ({
  createObjectURL: (b) => URL.createObjectURL(b),
  revokeObjectURL: (u) => URL.revokeObjectURL(u),
  print: () => window.print(),
  onAfterPrint: (f) => {
    addEventListener('afterprint', f);
    return () => removeEventListener('afterprint', f);
  },
  // One frame to lay the image out, then a little for it to decode before the print snapshot.
  afterPaint: (f) => requestAnimationFrame(() => setTimeout(f, 50)),
});

export interface PrintPicture {
  /** The picture the page shows for printing (an object URL), or null for the live layout. */
  url: ReadonlySignal<string | null>;
  /** The printed picture's title, the image's text alternative. */
  alt: ReadonlySignal<string>;
  /** Shows `png` (titled `alt`) as the printed page and opens the print dialog. */
  print(png: Blob, alt: string): void;
  dispose(): void;
}

/**
 * The printed page is the composed picture on A4 landscape: a WebGL canvas does not print reliably.
 * The picture is for one print only; the next Ctrl+P prints the live page layout.
 */
export function createPrintPicture(host: PrintHost = browserPrintHost()): PrintPicture {
  const url = signal<string | null>(null);
  const alt = signal('');
  const clear = () => {
    if (url.peek()) host.revokeObjectURL(url.peek() as string);
    url.value = null;
  };
  const stop = host.onAfterPrint(clear);
  return {
    url,
    alt,
    print(png, title) {
      clear();
      alt.value = title;
      url.value = host.createObjectURL(png);
      host.afterPaint(() => host.print());
    },
    dispose() {
      stop();
      clear();
    },
  };
}
