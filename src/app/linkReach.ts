/**
 * Who can open a link to `hostname`: `loopback` (this computer only: localhost, 127.0.0.0/8, ::1),
 * `private` (only devices on the same network: 10/8, 172.16/12, 192.168/16, 169.254/16, fc00::/7,
 * fe80::/10, *.local), or null (anyone who can reach the host). Students' phones scanning a QR code
 * of a loopback link reach nothing.
 */
export type LinkReach = 'loopback' | 'private' | null;

export function linkReach(hostname: string): LinkReach {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1' || h === '0.0.0.0' || /^127\.\d+\.\d+\.\d+$/.test(h)) return 'loopback';
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(h);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)) return 'private';
    return null;
  }
  if (/^f[cd][0-9a-f]{2}:/.test(h) || /^fe[89ab][0-9a-f]:/.test(h) || h.endsWith('.local')) return 'private';
  return null;
}
