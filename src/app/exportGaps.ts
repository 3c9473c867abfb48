import type { ReadonlySignal } from '@preact/signals';
import type { FeatureCollection } from 'geojson';
import { citationText } from '../view/publisherText';
import type { Source } from '../data/figure';
import { addPlanned } from '../facilities/plannedFacilities';
import type { UnitId } from '../geo/units';
import type { AppState } from '../state/appState';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { buildRankingRows } from '../view/describeGap';
import { rankingBasisOf } from './buildGapsView';
import type { PictureRanking } from './composePicture';
import type { FacilityController } from './createFacilityController';
import { downloadText } from './download';

export interface GapExports {
  /** The ranking on screen as CSV, with every parameter in its header lines. False when there is none. */
  exportRanking(): Promise<boolean>;
  /** Every facility with its province, or the reason it has none. False when no set is loaded. */
  exportFacilities(): Promise<boolean>;
}

/**
 * The Gaps tab's two exports. The builders (and, for the facility list, turf's point in polygon)
 * load on first use. The clock is read here, not in the builders.
 */
export function createGapExports(
  state: ReadonlySignal<AppState>,
  facilities: FacilityController,
  sources: () => Readonly<Record<string, Source>>,
  provinces: FeatureCollection,
  link: () => string,
): GapExports {
  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '').replace(/^(\d{8})/, '$1-');
  return {
    async exportRanking() {
      const coverage = facilities.coverage.peek();
      const demand = facilities.demand.peek();
      const s = state.peek();
      if (!coverage || !demand) return false;
      const { buildRankingCsv } = await import('../data/buildRankingCsv');
      const known = sources();
      const planned = facilities.gapsPlanned.peek();
      const csv = buildRankingCsv({
        gaps: facilities.gaps.peek(),
        planned,
        plannedEntries: s.planned,
        coverage: coverage.byUnit,
        coveragePlanned: planned ? addPlanned(coverage.byUnit, s.planned, s.facilityTypes) : null,
        demand: {
          id: demand.indicator.id,
          label: demand.indicator.label[s.lang],
          unit: demand.indicator.unit[s.lang],
          year: demand.year,
          sources: demand.sources.map((id) => (known[id] ? citationText(known[id], s.lang, id) : id)),
        },
        supplyAsked: s.supply,
        types: s.facilityTypes,
        radiusKm: s.radiusKm,
        sets: facilities.sets.peek(),
        outside: coverage.outside.length,
        exportedAt: new Date().toISOString(),
        link: link(),
      }, s.lang);
      downloadText(`liushou-atlas-gap-ranking-${stamp()}.csv`, csv);
      return true;
    },
    async exportFacilities() {
      const sets = facilities.sets.peek();
      if (sets.length === 0) return false;
      const [{ buildFacilityListCsv }, { buildProvinceIndex }] = await Promise.all([
        import('../data/buildFacilityListCsv'),
        import('../facilities/provinceIndex'),
      ]);
      const index = buildProvinceIndex(provinces);
      const csv = buildFacilityListCsv({
        sets,
        types: state.peek().facilityTypes,
        locate: (lon, lat) => {
          const i = index.locate(lon, lat);
          return i < 0 ? null : (index.units[i] as UnitId);
        },
        exportedAt: new Date().toISOString(),
        lang: state.peek().lang,
      });
      downloadText(`liushou-atlas-facilities-${stamp()}.csv`, csv);
      return true;
    },
  };
}

/**
 * The ranking's rows for the PNG export, when the gap score is the indicator mapped (the picture
 * then shows the same rows as the Gaps tab); null otherwise.
 */
export function gapRankingPicture(facilities: FacilityController, state: AppState, indicatorId: string, lang: Lang): PictureRanking | null {
  const gaps = facilities.gaps.peek();
  const demand = facilities.demand.peek();
  if (indicatorId !== 'covgap' || gaps.length === 0 || !demand) return null;
  const basis = rankingBasis(facilities, state, lang, false) ?? '';
  return { title: MESSAGES.facilities.ranking[lang], basis, ...buildRankingRows(gaps, lang) };
}

/** The one line that says what a ranking was computed from (the picture's; the Gaps tab's is in buildGapsView). Null without demand. */
export function rankingBasis(facilities: FacilityController, state: AppState, lang: Lang, withPlanned: boolean): string | null {
  return rankingBasisOf({ state, sets: facilities.sets.peek(), gaps: facilities.gaps.peek(), demand: facilities.demand.peek() }, lang, withPlanned);
}
