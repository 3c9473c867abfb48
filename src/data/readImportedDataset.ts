import { isUnitId } from '../geo/units';
import { fieldWords } from '../i18n/fieldMessages';
import { at, fail, item, readChoice, readDate, readInteger, readList, readNumber, readObject, readText, readTextOrNull, type FieldReport } from '../util/readFields';
import { COMBINE_METHODS, type CombineMethod } from './import/combineValues';
import { isDrawable, MAX_DRAWABLE } from './import/checkPlausibility';
import type { IndicatorKind } from './indicator';
import type { ImportedDataset, ImportedRegionValue, ProvinceTable, RegionBinding } from './importedDataset';
import { toImportedId } from './importedId';
import { NUMBER_RULES, type NumberRule } from './import/numberRules';
import { migrateImportedDataset } from './migrateImportedDataset';

export const DATASET_KINDS: readonly IndicatorKind[] = ['count', 'rate', 'share', 'balance', 'rank', 'flag'];
/** Characters of a name, file name, column name, unit or rule. */
export const MAX_DATASET_TEXT = 300;
/** Years a value may carry: 0 is "no year" (UNDATED_YEAR). */
const MAX_YEAR = 2100;
/** Files are read up to 200,000 rows, so an import never holds more values. */
export const MAX_DATASET_VALUES = 200_000;

/**
 * An imported table from untrusted JSON (a bundle, a link), field by field: the table, or undefined
 * with every problem recorded in `r` under its path (`tables[2].values[14].value`). The one set of
 * rules for tables arriving from outside: the link's compact form (sharedDataset.ts) is read into
 * this shape and checked here too. Ids are moved into the imported namespace (importedId.ts), so a
 * table can never take a built-in indicator's place.
 */
export function readImportedDataset(v: unknown, path: string, r: FieldReport, maxValues = MAX_DATASET_VALUES): ImportedDataset | undefined {
  const o = readObject(v, path, r);
  if (!o) return undefined;
  const before = r.issues.length + r.more;
  const text = (key: string) => readText(o[key], at(path, key), r, MAX_DATASET_TEXT);
  const rawId = readText(o.id, at(path, 'id'), r, 40);
  const id = rawId === undefined ? undefined : (toImportedId(rawId) ?? fail(r, at(path, 'id'), 'form', fieldWords('idSuchAs', 'u-k3f9a2'), rawId));
  const name = text('name');
  const fileName = text('fileName');
  const importedAt = readDate(o.importedAt, at(path, 'importedAt'), r);
  const keyColumn = text('keyColumn');
  const valueColumn = text('valueColumn');
  const yearColumn = readTextOrNull(o.yearColumn, at(path, 'yearColumn'), r, MAX_DATASET_TEXT);
  const unit = text('unit');
  const kind = readChoice(o.kind, at(path, 'kind'), r, DATASET_KINDS);
  // Today's tables name their number rules by key; those written before #18 (links of format 1,
  // older bundles) carry the English sentence instead, read back by migrateImportedDataset.
  const rules = 'numberRules' in o || !('parseRule' in o) ? readNumberRules(o.numberRules, at(path, 'numberRules'), r) : text('parseRule');
  // A table joined to a region set (#15) names that set, and its values name the set's regions.
  let regionSet: RegionBinding | undefined;
  if (o.regionSet !== undefined) {
    const b = readObject(o.regionSet, at(path, 'regionSet'), r);
    const setId = b && readText(b.id, at(path, 'regionSet.id'), r, 40);
    const setFile = b && readText(b.fileName, at(path, 'regionSet.fileName'), r, MAX_DATASET_TEXT);
    if (setId !== undefined && !REGION_SET_ID.test(setId)) fail(r, at(path, 'regionSet.id'), 'form', fieldWords('regionSetIdSuchAs', 'r-3k9x2a'), setId);
    else if (setId !== undefined && setFile !== undefined) regionSet = { id: setId, fileName: setFile };
  }
  const values = readValues(o.values, at(path, 'values'), r, maxValues, o.regionSet !== undefined);
  const out: Partial<ProvinceTable> = {};
  if (o.combine !== undefined) {
    const c = readObject(o.combine, at(path, 'combine'), r);
    const method = c && readChoice<CombineMethod>(c.method, at(path, 'combine.method'), r, COMBINE_METHODS);
    const provinces = c && readInteger(c.provinces, at(path, 'combine.provinces'), r, 0, 1000);
    const rows = c && readInteger(c.rows, at(path, 'combine.rows'), r, 0, maxValues * 10);
    if (method !== undefined && provinces !== undefined && rows !== undefined) out.combine = { method, provinces, rows };
  }
  if (o.subProvince !== undefined) {
    const s = readObject(o.subProvince, at(path, 'subProvince'), r);
    const level = s && readChoice(s.level, at(path, 'subProvince.level'), r, ['county', 'township'] as const);
    const rows = s && readInteger(s.rows, at(path, 'subProvince.rows'), r, 0, maxValues * 10);
    const column = s && readText(s.column, at(path, 'subProvince.column'), r, MAX_DATASET_TEXT);
    if (level !== undefined && rows !== undefined && column !== undefined) out.subProvince = { level, rows, column };
  }
  if (o.sourceColumn !== undefined) {
    const sourceColumn = text('sourceColumn');
    if (sourceColumn !== undefined) out.sourceColumn = sourceColumn;
  }
  if (o.via !== undefined) {
    const via = readChoice(o.via, at(path, 'via'), r, ['link'] as const);
    if (via !== undefined) out.via = via;
  }
  if (r.issues.length + r.more > before) return undefined;
  return migrateImportedDataset({
    id: id as string,
    name: name as string,
    fileName: fileName as string,
    importedAt: importedAt as string,
    keyColumn: keyColumn as string,
    valueColumn: valueColumn as string,
    yearColumn: yearColumn as string | null,
    unit: unit as string,
    kind: kind as IndicatorKind,
    ...('numberRules' in o || !('parseRule' in o) ? { numberRules: rules } : { parseRule: rules }),
    values: values as ImportedRegionValue[],
    ...out,
    ...(regionSet ? { regionSet } : {}),
  });
}

/** Rule keys (NUMBER_RULES), or null: "not recorded". */
function readNumberRules(v: unknown, path: string, r: FieldReport): NumberRule[] | null | undefined {
  if (v === null) return null;
  const list = readList(v, path, r, NUMBER_RULES.length);
  if (!list) return undefined;
  const out = list.map((x, i) => readChoice(x, item(path, i), r, NUMBER_RULES));
  return out.every((x) => x !== undefined) ? (out as NumberRule[]) : undefined;
}

/** A region set's id (regionSet.ts: `r-` and a content hash), as the URL codec reads `rs=`. */
const REGION_SET_ID = /^r-[0-9a-z]{4,24}$/;
/** A region's key (regionKey): a division code or chosen id, or `#` and a feature number; as the URL codec reads `rg=`. */
const REGION_KEY = /^(#\d{1,6}|[\p{L}\p{N}_.-]{1,40})$/u;

/** `regions`: the values name regions of a set (region keys), not provinces. */
function readValues(v: unknown, path: string, r: FieldReport, max: number, regions: boolean): ImportedRegionValue[] | undefined {
  const list = readList(v, path, r, max, 1);
  if (!list) return undefined;
  const out: ImportedRegionValue[] = [];
  list.forEach((raw, i) => {
    const p = item(path, i);
    const o = readObject(raw, p, r);
    if (!o) return;
    const regionText = readText(o.region, at(p, 'region'), r, MAX_DATASET_TEXT);
    const region =
      regionText === undefined
        ? undefined
        : regions
          ? REGION_KEY.test(regionText)
            ? regionText
            : fail(r, at(p, 'region'), 'form', fieldWords('regionKey'), regionText)
          : isUnitId(regionText)
            ? regionText
            : fail(r, at(p, 'region'), 'choice', fieldWords('provinceCode'), regionText);
    const year = readInteger(o.year, at(p, 'year'), r, 0, MAX_YEAR);
    // Values the import leaves out (beyond ±1e15) cannot be drawn either when they come from outside.
    const value = readNumber(o.value, at(p, 'value'), r, isDrawable, `±${MAX_DRAWABLE}`);
    const row = readInteger(o.row, at(p, 'row'), r, 1, Number.MAX_SAFE_INTEGER);
    if (region === undefined || year === undefined || value === undefined || row === undefined) return;
    const value1: ImportedRegionValue = { region, year, value, row };
    if (o.combined !== undefined) {
      const combined = readInteger(o.combined, at(p, 'combined'), r, 1, Number.MAX_SAFE_INTEGER);
      if (combined !== undefined) value1.combined = combined;
    }
    if (o.source !== undefined) {
      const source = readText(o.source, at(p, 'source'), r, MAX_DATASET_TEXT);
      if (source !== undefined) value1.source = source;
    }
    out.push(value1);
  });
  return out.length === list.length ? out : undefined;
}
