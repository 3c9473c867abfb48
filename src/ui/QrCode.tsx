import { useEffect, useState } from 'preact/hooks';

/**
 * A QR code drawn as SVG paths from the `qrcode` library's module matrix (loaded only when a share
 * dialog opens). No HTML string is injected: the matrix becomes one <path>.
 */
export function QrCode({ text, label, tooLong }: { text: string; label: string; tooLong: string }) {
  const [path, setPath] = useState<{ d: string; size: number } | null | 'too-long'>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then((q) => {
      let modules: ReturnType<typeof q.create>['modules'];
      try {
        ({ modules } = q.create(text, { errorCorrectionLevel: 'M' }));
      } catch {
        // Over a QR code's capacity (about 2,300 characters at this error correction).
        if (live) setPath('too-long');
        return;
      }
      let d = '';
      for (let y = 0; y < modules.size; y++) {
        for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
      }
      if (live) setPath({ d, size: modules.size + 8 }); // 4-module quiet zone on each side
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (path === 'too-long') return <p class="muted">{tooLong}</p>;
  if (!path) return <div class="qr placeholder" />;
  return (
    <svg class="qr" viewBox={`0 0 ${path.size} ${path.size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
