import { describe, expect, it } from 'vitest';
import { globalKeyAction, type KeyContext } from './globalKeyAction';

const base: KeyContext = { key: '', presenting: false, typing: false, bodyFocused: true, years: [2010, 2015, 2020], year: 2015 };

describe('globalKeyAction', () => {
  it.each<[Partial<KeyContext>, ReturnType<typeof globalKeyAction>]>([
    [{ presenting: true, key: 'ArrowRight' }, { type: 'next-slide' }],
    [{ presenting: true, key: ' ' }, { type: 'next-slide' }],
    [{ presenting: true, key: 'PageDown' }, { type: 'next-slide' }],
    [{ presenting: true, key: 'ArrowDown' }, { type: 'next-slide' }],
    [{ presenting: true, key: 'ArrowLeft' }, { type: 'previous-slide' }],
    [{ presenting: true, key: 'PageUp' }, { type: 'previous-slide' }],
    [{ presenting: true, key: 'Home' }, { type: 'first-slide' }],
    [{ presenting: true, key: 'End' }, { type: 'last-slide' }],
    [{ presenting: true, key: 'Escape' }, { type: 'exit-presentation' }],
    [{ presenting: true, key: 'a' }, null],
    [{ presenting: true, typing: true, key: 'ArrowRight' }, null],
    [{ key: 'Escape' }, { type: 'clear-selection' }],
    [{ key: 'ArrowRight' }, { type: 'year', year: 2020 }],
    [{ key: 'ArrowLeft' }, { type: 'year', year: 2010 }],
    [{ key: 'ArrowRight', year: 2020 }, null],
    [{ key: 'ArrowLeft', year: 2010 }, null],
    [{ key: 'ArrowRight', bodyFocused: false }, null],
    [{ key: 'Home' }, null],
  ])('%o → %o', (patch, expected) => {
    expect(globalKeyAction({ ...base, ...patch })).toEqual(expected);
  });
});
