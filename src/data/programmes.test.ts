import { describe, expect, it } from 'vitest';
import { EMBEDDED_SOURCES } from './embeddedData';
import { PROGRAMMES } from './programmes';

describe('programme markers', () => {
  it('cite only sources we hold, with both languages filled', () => {
    for (const p of PROGRAMMES) {
      for (const s of p.sources) expect(EMBEDDED_SOURCES[s], `${p.id}: ${s}`).toBeTruthy();
      expect(p.label.en && p.label.zh && p.detail.en && p.detail.zh).toBeTruthy();
    }
  });

  it('place the Anhui, Gansu and Hubei programmes in their provinces and leave the national one unmapped', () => {
    expect(PROGRAMMES.map((p) => p.unit)).toEqual(['AH', 'GS', 'HB', null]);
  });
});
