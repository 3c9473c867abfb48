// Shared by the region tests (not used by the app): three Anhui counties of a hand-made census,
// and a region set of unit squares carrying their codes, an unknown code and a region without one.
// Coordinates are GeoJSON [lon, lat] degrees.
import type { CountyCensus, CountyRecord } from '../data/counties/countyCensus';
import type { UnitId } from '../geo/units';
import type { Region } from './parseRegions';
import type { RegionSet } from './regionSet';

/** A 1° square with its west edge at 115 + feature, 30–31°N. */
export function squareRegion(feature: number, code: string | null, name: string | null): Region {
  const w = 115 + feature;
  return {
    feature,
    code,
    name,
    province: code ? 'AH' : null,
    geometry: { type: 'Polygon', coordinates: [[[w, 30], [w + 1, 30], [w + 1, 31], [w, 31], [w, 30]]] },
    bbox: [w, 30, w + 1, 31],
    vertices: 5,
  };
}

/** A region of a named province, all on the same 1° square (115–116°E, 30–31°N): for join tests,
 * where only codes, names and provinces matter. */
export function namedRegion(feature: number, code: string, name: string, province: UnitId): Region {
  return { ...squareRegion(0, code, name), feature, province };
}

const rec = (year: 2010 | 2020, code: string, name: string, resident: number | null, age0_14: number | null, hukou: number | null = null): CountyRecord => ({
  year,
  code,
  name,
  latin: name,
  province: 'AH',
  resident,
  age0_14,
  urban: null,
  rural: null,
  hukou,
});

/** 341221 is in 2010 only (renumbered later); 341282 has a blank 0–14 in 2020 and no hukou figure. */
export const FIXTURE_CENSUS: CountyCensus = {
  sources: { 2010: 'NBS_YB2010_LEIII_COUNTY', 2020: 'NBS_YB2020_LEIII_COUNTY' },
  latinNote: '',
  records: {
    2010: [
      rec(2010, '341221', '临泉县', 1_545_000, 420_000, 2_106_000),
      rec(2010, '341225', '阜南县', 1_350_000, 350_000, 1_700_000),
      rec(2010, '341282', '界首市', 560_000, 120_000, null),
    ],
    2020: [rec(2020, '341225', '阜南县', 1_100_000, 260_000), rec(2020, '341282', '界首市', 590_000, null), rec(2020, '', '无代码区', 10, 1)],
  },
};

/** Three counties the census holds, one code it does not (349999), and a region without a code (#5). */
export const FIXTURE_SET: RegionSet = {
  id: 'r-fixture1',
  fileName: 'fuyang.geojson',
  importedAt: '2026-12-02T12:00:00.000Z',
  codeField: 'code',
  codeKind: 'county',
  nameField: 'name',
  regions: [squareRegion(1, '341221', '临泉'), squareRegion(2, '341225', '阜南'), squareRegion(3, '341282', '界首'), squareRegion(4, '349999', '不存在县'), squareRegion(5, null, null)],
  vertices: 25,
  verticesBefore: 25,
};
