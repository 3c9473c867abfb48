/**
 * Lookup table from a normalised key to its unit, built once from units.json and aliases.ts.
 * Two units claiming the same normalised alias is a configuration error and throws at import
 * time with both units named, so a bad edit to aliases.ts fails every test at once.
 */
import { UNITS, type UnitId } from '../../geo/units';
import { ALIASES, type UnitAliases } from './aliases';
import type { MatchVia } from './matchKey';
import { normaliseKey } from './normaliseKey';

export interface AliasHit {
  readonly unit: UnitId;
  readonly via: Exclude<MatchVia, 'manual'>;
}

/** A name (not a code) that typo suggestions are measured against. */
export interface NameAlias {
  readonly key: string;
  readonly unit: UnitId;
}

export interface AliasIndex {
  readonly byKey: ReadonlyMap<string, AliasHit>;
  readonly names: readonly NameAlias[];
}

export function buildAliasIndex(aliases: readonly UnitAliases[]): AliasIndex {
  const byKey = new Map<string, AliasHit>();
  const names: NameAlias[] = [];
  const add = (raw: string, hit: AliasHit) => {
    const key = normaliseKey(raw);
    if (key === '') throw new Error(`alias "${raw}" of ${hit.unit} normalises to an empty key`);
    const prior = byKey.get(key);
    if (prior !== undefined && prior.unit !== hit.unit) {
      throw new Error(`alias "${raw}" (${key}) claimed by both ${prior.unit} and ${hit.unit}`);
    }
    if (prior !== undefined) return;
    byKey.set(key, hit);
    if (hit.via === 'en' || hit.via === 'zh') names.push({ key, unit: hit.unit });
  };
  for (const u of UNITS) {
    const extra = aliases.find((a) => a.unit === u.id);
    if (extra === undefined) throw new Error(`no alias entry for ${u.id}`);
    const unit = u.id;
    add(u.gb, { unit, via: 'gb' });
    add(u.gb.slice(0, 2), { unit, via: 'gb' });
    add(u.iso, { unit, via: 'iso' });
    add(extra.oldIso, { unit, via: 'iso' });
    for (const code of extra.codes ?? []) add(code, { unit, via: 'iso' });
    for (const en of [u.en, ...extra.en]) add(en, { unit, via: 'en' });
    for (const zh of [u.zh, u.zhFull, ...extra.zh]) add(zh, { unit, via: 'zh' });
  }
  return { byKey, names };
}

export const ALIAS_INDEX: AliasIndex = buildAliasIndex(ALIASES);
