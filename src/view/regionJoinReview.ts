import { UNIT_BY_ID } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { REGION_JOIN_MESSAGES as T } from '../i18n/regionJoinMessages';
import { REGION_VIEW_MESSAGES } from '../i18n/regionViewMessages';
import type { RegionImportPreview, RegionPairingVia } from '../regions/buildRegionImportPreview';
import type { RegionUnmatchedReason } from '../regions/joinRegionRows';
import type { Region } from '../regions/parseRegions';
import { regionKey, type RegionSet } from '../regions/regionSet';
import { formatNumber } from './formatValue';
import { UNDATED_YEAR } from '../data/importedDataset';
import { IMPORT_REVIEW_MESSAGES as R } from '../i18n/importReviewMessages';
import { MESSAGES } from '../i18n/messages';

type Text = Record<Lang, string>;
// A new way of matching or reason without text in both languages does not compile.
T.via satisfies Record<RegionPairingVia, Text>;
T.reasons satisfies Record<RegionUnmatchedReason, Text>;

/** Region pickers list every region up to this many; beyond, only the candidates (a select of 3,000 options per name is too slow to draw). */
export const MAX_PICKER_REGIONS = 600;
/** Names listed with a picker each; more means the wrong column. */
const MAX_FIX_GROUPS = 50;
const MAX_MISSING_LISTED = 30;

/** One name (with its province cell) to fix: the rows it stands for and the regions to pick from. */
export interface RegionFixGroup {
  /** The row key as written in the file. Text, never HTML. */
  key: string;
  /** The row's province cell, when the table has a province column. */
  province: string | null;
  rows: number[];
  rowsText: string;
  /** Why it did not match, and the candidates or suggestion; empty once picked. */
  reason: string;
  /** The region key picked, or '' (left out). */
  picked: string;
  options: Array<{ value: string; label: string }>;
}

/** The region join report as the review shows it, in one language. */
export interface RegionJoinReviewView {
  summary: string;
  /** Matched rows per way of matching (those with none left out). */
  via: Array<{ via: RegionPairingVia; label: string; count: number }>;
  fixes: RegionFixGroup[];
  /** Fix groups beyond MAX_FIX_GROUPS. */
  moreFixes: number;
  missing: string | null;
  duplicates: { title: string; lines: string[] } | null;
  pairings: Array<{ row: number; key: string; region: string; via: string }>;
  /**
   * Every region as a choice for one shared search list, when the set is too large for a select
   * per name (MAX_PICKER_REGIONS); null otherwise. A typed label found here is the pick.
   */
  search: Array<{ value: string; label: string }> | null;
}

/** "朝阳区 (110105, Beijing)": a region told apart from its namesakes. Names from the file, as text. */
export function regionChoiceLabel(r: Region, lang: Lang): string {
  const name = r.name ?? r.code ?? REGION_VIEW_MESSAGES.unnamed[lang](String(r.feature));
  const province = r.province ? UNIT_BY_ID.get(r.province)?.[lang] : undefined;
  const detail = [r.code !== null && r.code !== name ? r.code : null, province ?? null].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
  return detail ? `${name} (${detail})` : name;
}

const rowList = (rows: readonly number[]) => (rows.length > 6 ? `${rows.slice(0, 5).join(', ')} …` : rows.join(', '));

/**
 * The region join preview → what the review lists: a summary, counts per way of matching, the
 * names to fix (unmatched ones, and those already picked, so a pick can be changed or undone),
 * regions without a row, duplicates, and every row's pairing. Pure.
 */
export function regionJoinReview(
  pv: RegionImportPreview,
  set: Pick<RegionSet, 'regions'>,
  picks: ReadonlyMap<number, string>,
  lang: Lang,
): RegionJoinReviewView | null {
  const report = pv.report;
  if (!report) return null;
  const byKey = new Map(set.regions.map((r) => [regionKey(r), r]));
  const label = (key: string) => {
    const r = byKey.get(key);
    return r ? regionChoiceLabel(r, lang) : key;
  };
  const large = set.regions.length > MAX_PICKER_REGIONS;
  const choices = set.regions.map((r) => ({ value: regionKey(r), label: regionChoiceLabel(r, lang) }));
  const everyRegion = large ? [] : choices;

  const groups = new Map<string, RegionFixGroup & { first: string[] }>();
  const groupOf = (key: string, province: string | null | undefined) => {
    const id = `${key}\u0000${province ?? ''}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key, province: province ?? null, rows: [], rowsText: '', reason: '', picked: '', options: [], first: [] }));
    return g;
  };
  for (const u of report.unmatched) {
    const g = groupOf(u.key, u.province);
    g.rows.push(u.row);
    if (g.rows.length > 1) continue;
    const hint = u.suggestion ? ` ${T.didYouMean[lang](label(u.suggestion))}` : u.candidates.length > 1 ? ` ${T.candidates[lang](u.candidates.map(label).join(' / '))}` : '';
    g.reason = T.reasons[u.reason][lang] + hint;
    g.first = [...(u.suggestion ? [u.suggestion] : []), ...u.candidates];
  }
  for (const m of report.matched) {
    if (m.via !== 'manual') continue;
    const g = groupOf(m.key, m.province);
    g.rows.push(m.row);
    g.picked ||= picks.get(m.row) ?? m.region;
  }
  const list = [...groups.values()].sort((a, b) => a.rows[0]! - b.rows[0]!);
  const fixes = list.slice(0, MAX_FIX_GROUPS).map(({ first, ...g }): RegionFixGroup => {
    const firstOptions = [...new Set([...first, ...(g.picked ? [g.picked] : [])])].map((k) => ({ value: k, label: label(k) }));
    const rest = everyRegion.filter((o) => !firstOptions.some((f) => f.value === o.value));
    return { ...g, rowsText: rowList(g.rows), options: [...firstOptions, ...rest] };
  });

  const n = (x: number) => formatNumber(x, lang);
  const missing = report.missing.length;
  const dup = report.duplicates;
  return {
    summary: T.summary[lang](n(report.matched.length), n(report.total), n(report.unmatched.length), n(missing), n(set.regions.length)),
    via: (Object.keys(pv.via) as RegionPairingVia[]).filter((v) => pv.via[v] > 0).map((v) => ({ via: v, label: T.via[v][lang], count: pv.via[v] })),
    fixes,
    moreFixes: Math.max(0, list.length - MAX_FIX_GROUPS),
    missing:
      missing === 0
        ? null
        : report.missing.slice(0, MAX_MISSING_LISTED).map(label).join(lang === 'zh' ? '、' : ', ') + (missing > MAX_MISSING_LISTED ? ' …' : ''),
    duplicates:
      dup.length === 0
        ? null
        : {
            title: T.duplicatesTitle[lang](n(dup.length)),
            lines: dup.slice(0, 20).map((d) => {
              const v = pv.values.find((x) => x.region === d.region && x.year === (d.year ?? UNDATED_YEAR));
              const result =
                pv.combine === 'one'
                  ? T.rowUsed[lang](String(d.used))
                  : T.combined[lang](R.howShort[pv.combine][lang], v ? formatNumber(v.value, lang) : MESSAGES.noData[lang]);
              return T.duplicateGroup[lang](label(d.region), d.year === null ? '' : ` ${d.year}`, rowList(d.rows), result);
            }),
          },
    pairings: pv.pairings.map((p) => ({ row: p.row, key: p.key, region: label(p.region), via: T.via[p.via][lang] })),
    search: large && fixes.length > 0 ? choices : null,
  };
}
