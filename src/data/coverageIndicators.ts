import type { CoverageResult } from '../facilities/computeCoverage';
import type { FacilitySet } from '../facilities/facility';
import { FACILITY_TYPES, crsNote, type FacilityType } from '../facilities/facility';
import { rankGaps, type SupplyMeasure } from '../facilities/gapScore';
import type { UnitId } from '../geo/units';
import type { Bilingual, Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import type { FacilitiesSourceText, FigureNoteText, RegionalFigure, Source } from './figure';
import { noteTextIn } from './figureNotes';
import type { Indicator, IndicatorKind } from './indicator';

/** What coverage indicators were computed from; all of it is shown to the user. */
export interface CoverageContext {
  sets: readonly FacilitySet[];
  demand: Indicator;
  demandYear: number;
  demandSources: string[];
  radiusKm: number;
  /** The facility types counted (the type filter on screen). */
  types: readonly FacilityType[];
  /** The supply measure chosen for the gap score (used only when every facility states a capacity). */
  supply: SupplyMeasure;
}

export interface DerivedData {
  indicators: Indicator[];
  figures: RegionalFigure[];
  sources: Record<string, Source>;
}

/** Ids of the coverage indicators: links may name them before coverage has been computed. */
export const COVERAGE_INDICATOR_IDS: ReadonlySet<string> = new Set(['covcount', 'covper10k', 'covcap10k', 'covchildren', 'covarea', 'covgap']);

export const EMPTY_DERIVED: DerivedData = { indicators: [], figures: [], sources: {} };
export const FACILITY_SOURCE_ID = 'facilities:loaded';

const C = MESSAGES.coverage;

/** A message in both languages, from its template and the parameters it takes. */
const both = (make: (lang: Lang) => string): Bilingual => ({ en: make('en'), zh: make('zh') });

/** "all types" or the types counted, in both languages. */
export function typesText(types: readonly FacilityType[]): Bilingual {
  if (FACILITY_TYPES.every((t) => types.includes(t))) return C.allTypes;
  if (types.length === 0) return C.noType;
  const shown = FACILITY_TYPES.filter((t) => types.includes(t));
  return both((lang) => shown.map((t) => C.typeName[t][lang]).join(C.typeSeparator[lang]));
}

/** The unit of each coverage indicator, by its key in the messages. */
type CoverageUnit = keyof typeof C.unit;

/**
 * The facilities behind coverage figures as a source, in `lang`: the sets (a file, with the
 * coordinate system it was converted from, or the generated set), who published them, when, and
 * how many points were read. The Sources tab and captions show it in the UI language
 * (view/citationView); the stored Source keeps its English for CSV citations.
 */
export function facilitiesSourceText(t: FacilitiesSourceText, lang: Lang): { title: string; publisher: string; date: string; excerpt: string } {
  const S = C.source;
  const synthetic = t.sets.some((s) => s.synthetic);
  const title = t.sets
    .map((s) => {
      if (s.synthetic) return S.syntheticSet[lang](s.name);
      const crs = crsNote(s, lang);
      return crs ? S.convertedSet[lang](s.fileName || s.name, crs) : s.fileName || s.name;
    })
    .join(S.setSeparator[lang]);
  return {
    title,
    publisher: (synthetic ? S.syntheticPublisher : MESSAGES.yourFile)[lang],
    date: synthetic ? S.generated[lang] : t.imported,
    excerpt: S.excerpt[lang](String(t.located), String(t.outside)),
  };
}

/**
 * Coverage and gap figures as indicators, so they can be mapped, classified, linked and exported
 * like any other. All are derived; when any facility set is synthetic, every label says so.
 */
export function buildCoverageIndicators(result: CoverageResult, ctx: CoverageContext): DerivedData {
  const synthetic = ctx.sets.some((s) => s.synthetic);
  const suffix = (b: Bilingual): Bilingual => (synthetic ? both((lang) => C.synthetic[lang](b[lang])) : b);
  const demandName = ctx.demand.label;
  const year = String(ctx.demandYear);
  const km = String(ctx.radiusKm);
  const sources = [FACILITY_SOURCE_ID, ...ctx.demandSources];
  const ranked = rankGaps(result.byUnit, ctx.supply);
  const gaps = new Map(ranked.map((g) => [g.unit, g]));
  // The measure the score was actually computed on (capacity falls back to facilities).
  const used = C.supply[ranked[0]?.supplyKind ?? 'facilities'];
  const types = typesText(ctx.types);
  const counted = (lang: Lang) => C.counted[lang](types[lang]);
  const D = C.definition;
  const capacityKnown = [...result.byUnit.values()].some((c) => c.capacity !== null);

  const specs: Array<{
    id: string;
    label: Bilingual;
    unit: CoverageUnit;
    kind: IndicatorKind;
    def: Bilingual;
    value: (u: UnitId) => number | null;
    diverging?: boolean;
    rankOrder?: readonly UnitId[];
  }> = [
    {
      id: 'covcount',
      label: C.label.covcount,
      unit: 'facilities',
      kind: 'count',
      def: both((lang) => D.covcount[lang](counted(lang))),
      value: (u) => result.byUnit.get(u)?.facilities ?? null,
    },
    {
      id: 'covper10k',
      label: C.label.covper10k,
      unit: 'per10k',
      kind: 'rate',
      def: both((lang) => D.covper10k[lang](demandName[lang], year, counted(lang))),
      value: (u) => result.byUnit.get(u)?.perTenThousandChildren ?? null,
    },
    {
      id: 'covchildren',
      label: C.label.covchildren,
      unit: 'children',
      kind: 'rate',
      def: both((lang) => D.covchildren[lang](demandName[lang], year)),
      value: (u) => result.byUnit.get(u)?.childrenPerFacility ?? null,
    },
    {
      id: 'covarea',
      label: both((lang) => C.label.covarea[lang](km)),
      unit: 'percent',
      kind: 'share',
      def: both((lang) => D.covarea[lang](km, result.sampleSpacingKm.toFixed(0))),
      value: (u) => {
        const s = result.byUnit.get(u)?.areaShareWithinRadius;
        return s === null || s === undefined ? null : s * 100;
      },
    },
    {
      id: 'covgap',
      label: C.label.covgap,
      unit: 'score',
      kind: 'score',
      def: both((lang) => D.covgap[lang](demandName[lang], year, used[lang], counted(lang))),
      value: (u) => gaps.get(u)?.score ?? null,
      diverging: true,
      rankOrder: ranked.filter((g) => g.rank !== null).map((g) => g.unit),
    },
  ];
  if (capacityKnown) {
    specs.splice(2, 0, {
      id: 'covcap10k',
      label: C.label.covcap10k,
      unit: 'places10k',
      kind: 'rate',
      def: both((lang) => D.covcap10k[lang](demandName[lang], year)),
      value: (u) => result.byUnit.get(u)?.capacityPerTenThousandChildren ?? null,
    });
  }

  const figures: RegionalFigure[] = [];
  const indicators: Indicator[] = specs.map((s) => {
    const noteText: FigureNoteText = { key: 'coverageNote', unit: s.unit, synthetic };
    for (const u of result.byUnit.keys()) {
      const v = s.value(u);
      if (v === null || !Number.isFinite(v)) continue;
      // The year is the demand's: the figures describe the facilities loaded against that year's children.
      figures.push({
        region: u,
        series: `cov:${s.id}`,
        year: ctx.demandYear,
        value: v,
        note: noteTextIn(noteText, 'en'),
        noteText,
        sources,
        derived: true,
        ...(synthetic ? { synthetic: true as const } : {}),
      });
    }
    return {
      id: s.id,
      label: suffix(s.label),
      unit: C.unit[s.unit],
      definition: suffix(s.def),
      family: 'coverage',
      kind: s.kind,
      value: { type: 'series', series: `cov:${s.id}` },
      years: [ctx.demandYear],
      derived: true,
      ...(s.rankOrder ? { rankOrder: s.rankOrder } : {}),
      origin: { type: 'embedded' },
      defaults: s.diverging
        ? { method: 'quantile', classes: 6, palette: 'RdBu', midpoint: 0 }
        : { method: 'quantile', classes: 5, palette: s.id === 'covchildren' ? 'YlOrRd' : 'Greens' },
    };
  });

  const text: FacilitiesSourceText = {
    key: 'facilities',
    sets: ctx.sets.map((s) => ({ name: s.name, fileName: s.fileName, synthetic: s.synthetic, ...(s.crs ? { crs: s.crs } : {}) })),
    imported: ctx.sets.map((s) => s.importedAt.slice(0, 10)).sort().at(-1) ?? '',
    located: ctx.sets.reduce((n, s) => n + s.facilities.length, 0),
    outside: result.outside.length,
  };
  const en = facilitiesSourceText(text, 'en');
  const source: Source = {
    title: en.title,
    publisher: en.publisher,
    date: en.date,
    address: null,
    authority: synthetic ? 'low' : 'user',
    excerpt: '',
    readFrom: null,
    text,
  };
  return { indicators, figures, sources: { [FACILITY_SOURCE_ID]: source } };
}
