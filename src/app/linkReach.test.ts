import { describe, expect, it } from 'vitest';
import { linkReach } from './linkReach';

describe('linkReach: can students’ phones open this link?', () => {
  it.each([
    ['localhost', 'loopback'],
    ['LOCALHOST', 'loopback'],
    ['app.localhost', 'loopback'],
    ['127.0.0.1', 'loopback'],
    ['127.12.0.9', 'loopback'],
    ['[::1]', 'loopback'],
    ['0.0.0.0', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.1', 'private'],
    ['192.168.1.20', 'private'],
    ['169.254.3.4', 'private'],
    ['[fd12:3456::1]', 'private'],
    ['[fe80::1]', 'private'],
    ['school-pc.local', 'private'],
    ['172.32.0.1', null],
    ['8.8.8.8', null],
    ['atlas.example.org', null],
    ['localhost.example.org', null],
  ])('%s → %s', (host, reach) => {
    expect(linkReach(host)).toBe(reach);
  });
});
