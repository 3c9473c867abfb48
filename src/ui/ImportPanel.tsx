import { useState } from 'preact/hooks';
import type { ImportPreview } from '../data/buildImportPreview';
import type { PlausibilityWarning } from '../data/import/checkPlausibility';
import type { CombineMethod } from '../data/import/combineValues';
import type { Crs } from '../facilities/convertCrs';
import { formatNumber } from '../view/formatValue';
import { describeRules } from '../view/importMessages';
import type { IndicatorKind } from '../data/indicator';
import type { UnitId } from '../geo/units';
import { COMBINE_METHODS, CRS_LIST, UNITS, UNIT_BY_ID } from '../view/vocabulary';
import { bilingualUnitName as unitName } from '../view/findUnit';
import type { Lang } from '../i18n/lang';
import { importIssueText } from '../view/importMessages';
import { matchedByText } from '../view/importReviewText';
import { MESSAGES } from '../i18n/messages';
import { IMPORT_REVIEW_MESSAGES } from '../i18n/importReviewMessages';
import { combineOf, type ImportController, type ImportSession, type ImportTarget } from '../app/createImportController';
import { REGION_JOIN_MESSAGES as J } from '../i18n/regionJoinMessages';
import { regionJoinReview } from '../view/regionJoinReview';

const KINDS: IndicatorKind[] = ['count', 'share', 'rate', 'balance', 'rank', 'flag'];
const M = MESSAGES.imports;
const R = IMPORT_REVIEW_MESSAGES;
/** Unmatched names listed with a drop-down each; more means the wrong column, and 1,446 drop-downs
 * of 35 options took seconds to draw. */
const MAX_UNMATCHED_KEYS = 50;
/** Pairings drawn at once; the search narrows the rest. */
const MAX_PAIRINGS_SHOWN = 200;


interface Props {
  lang: Lang;
  imports: ImportController;
  onShow(id: string): void;
  onExport(id: string): void;
  onFacilitiesAdded(): void;
}

/** The "Your data" tab: bring a file, review how it joins, fix matches, apply; manage imported tables. */
export function ImportPanel({ lang, imports, onShow, onExport, onFacilitiesAdded }: Props) {
  const phase = imports.phase.value;
  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    if (f) void imports.open(f);
    input.value = '';
  };
  return (
    <section class="import" aria-labelledby="import-title">
      <h2 id="import-title">{M.title[lang]}</h2>
      {imports.imported.value.length > 0 && (
        <ul class="imported-list">
          {imports.imported.value.map((d) => (
            <li key={d.id} data-dataset={d.id}>
              <strong>{d.name}</strong>{' '}
              <span class="muted">
                ({d.fileName}, {M.rows[lang](String(d.values.length))}
                {d.regionSet ? `, ${J.boundTo[lang](d.regionSet.fileName)}` : ''})
              </span>
              <div class="row-buttons">
                <button type="button" onClick={() => onShow(d.id)}>{M.show[lang]}</button>
                <button type="button" onClick={() => onExport(d.id)}>{M.exportCsv[lang]}</button>
                <button type="button" onClick={() => void imports.remove(d.id)}>{M.remove[lang]}</button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <label class="dropzone">
        <span>{M.drop[lang]}</span>
        <input type="file" accept=".csv,.tsv,.txt,.json,.geojson,text/csv,application/json" onChange={onFile} />
      </label>
      <p class="muted">{imports.persistent ? M.staysLocal[lang] : M.notPersistent[lang]}</p>
      {phase.type !== 'review' && imports.problem.value && (
        <p class="notice error" role="alert" data-storage-problem={imports.problem.value}>
          {MESSAGES.storage.problem[imports.problem.value][lang]}
        </p>
      )}

      {phase.type === 'parsing' && (
        <div class="parsing" role="status">
          {M.reading[lang](phase.name)} <progress max={1} value={phase.fraction} />
        </div>
      )}
      {phase.type === 'rejected' && (
        <div class="rejected" role="alert">
          <p>
            <strong>{M.rejected[lang](phase.file.name)}</strong> {M.nothingLost[lang]}
          </p>
          <ul class="issue-list">
            {phase.file.issues.map((i, n) => (
              <li key={n}>{importIssueText(i, lang)}</li>
            ))}
          </ul>
          <button type="button" onClick={() => imports.cancel()}>{MESSAGES.dismiss[lang]}</button>
        </div>
      )}
      {phase.type === 'review' && (
        <Review lang={lang} imports={imports} session={phase.session} onShow={onShow} onFacilitiesAdded={onFacilitiesAdded} />
      )}
    </section>
  );
}

function Review({
  lang,
  imports,
  session,
  onShow,
  onFacilitiesAdded,
}: {
  lang: Lang;
  imports: ImportController;
  session: ImportSession;
  onShow(id: string): void;
  onFacilitiesAdded(): void;
}) {
  const pv = imports.preview.value;
  const rpv = imports.regionPreview.value;
  const regionSet = imports.regionSet.value;
  const { file, choice } = session;
  const report = pv?.report ?? null;
  const rules = rpv?.rules ?? pv?.rules ?? [];
  const warnings = rpv?.warnings ?? pv?.warnings ?? [];
  const applicable = rpv?.values.length ?? pv?.values.length ?? 0;
  const pointsReview = imports.pointsReview.value;
  const points = pointsReview?.points ?? 0;
  const [crs, setCrs] = useState<Crs>('WGS84');
  const columnSelect = (role: 'key' | 'value' | 'year' | 'source', optional: boolean, label: string) => (
    <label class="control">
      <span>{label}</span>
      <select
        data-role={role}
        id={`import-${role}`}
        value={choice[role] ?? ''}
        onChange={(e) => imports.update({ choice: { ...choice, [role]: e.currentTarget.value || null } })}
      >
        {optional && <option value="">{M.none[lang]}</option>}
        {!optional && choice[role] == null && <option value="">{M.choose[lang]}</option>}
        {file.table.columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
  const fileIssues = file.issues;
  const valueIssues = rpv?.issues ?? pv?.issues ?? [];
  const hint = pointsReview?.hint ?? null;
  const facilitiesBlock = points > 0 && (
    <div class="facility-import" data-points={points}>
      <p>
        <strong>{R.pointsFirst[lang](formatNumber(points, lang))}</strong>
      </p>
      <label class="control">
        <span>{R.crsLabel[lang]}</span>
        <select data-role="crs" value={crs} onChange={(e) => setCrs(e.currentTarget.value as Crs)}>
          {CRS_LIST.map((c) => (
            <option key={c} value={c}>
              {R.crs[c][lang]}
            </option>
          ))}
        </select>
      </label>
      {hint && hint.crs !== crs && (
        <p class="crs-hint" role="status">
          {R.crsHint[lang](R.crs[hint.crs][lang], hint.because)}{' '}
          <button type="button" onClick={() => setCrs(hint.crs)}>
            {R.crs[hint.crs][lang]}
          </button>
        </p>
      )}
      <p class="muted">{R.crsNote[lang]}</p>
    </div>
  );
  return (
    <div class="review">
      <p class="muted">
        {M.fileSummary[lang](file.name, formatNumber(file.table.rows.length, lang), file.encoding.toUpperCase(), file.table.format.toUpperCase())}
      </p>
      {/* Sticky at the top of the scrolling panel: however long the report, the actions stay in
          view, and so does why one failed (the panel's bottom edge can sit below the window on
          short screens). */}
      <div class="row-buttons review-actions">
        {imports.problem.value && (
          <p class="notice error" role="alert" data-storage-problem={imports.problem.value}>
            {MESSAGES.storage.problem[imports.problem.value][lang]}
          </p>
        )}
        {points > 0 && (
          <button
            type="button"
            class="primary"
            data-action="add-facilities"
            onClick={async () => {
              if ((await imports.addFacilities(crs)) > 0) onFacilitiesAdded();
            }}
          >
            {MESSAGES.facilities.addFacilities[lang](formatNumber(points, lang))}
          </button>
        )}
        <button
          type="button"
          class={points > 0 ? undefined : 'primary'}
          data-action="apply"
          disabled={applicable === 0}
          onClick={async () => {
            const id = await imports.apply();
            if (id) onShow(id);
          }}
        >
          {M.apply[lang](formatNumber(applicable, lang))}
        </button>
        <button type="button" onClick={() => imports.cancel()}>{M.cancel[lang]}</button>
      </div>
      {facilitiesBlock}
      {points > 0 && <h3 class="or-table">{R.orTable[lang]}</h3>}
      {regionSet && (
        <fieldset class="import-target" data-target={rpv ? 'regions' : 'provinces'}>
          <legend>{J.target.label[lang]}</legend>
          {(['regions', 'provinces'] as ImportTarget[]).map((t) => (
            <label key={t}>
              <input type="radio" name="import-target" value={t} checked={session.target === t} onChange={() => imports.update({ target: t })} />{' '}
              {t === 'regions' ? J.target.regions[lang](regionSet.fileName, formatNumber(regionSet.regions.length, lang)) : J.target.provinces[lang]}
            </label>
          ))}
          {session.targetRows && (
            <p class="muted">{J.target.hint[lang](formatNumber(session.targetRows.regions, lang), formatNumber(session.targetRows.provinces, lang))}</p>
          )}
        </fieldset>
      )}
      <div class="review-columns">
        {columnSelect('key', false, rpv ? J.keyColumn[lang] : M.columns.key[lang])}
        {columnSelect('value', false, M.columns.value[lang])}
        {columnSelect('year', true, M.columns.year[lang])}
        {columnSelect('source', true, R.sourceColumn[lang])}
        {rpv && (
          <label class="control">
            <span>{J.provinceColumn[lang]}</span>
            <select data-role="province" value={session.provinceColumn ?? ''} onChange={(e) => imports.update({ provinceColumn: e.currentTarget.value || null })}>
              <option value="">{M.none[lang]}</option>
              {file.table.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div class="review-columns">
        <label class="control">
          <span>{M.name[lang]}</span>
          <input type="text" value={session.name} onInput={(e) => imports.update({ name: e.currentTarget.value })} />
        </label>
        <label class="control">
          <span>{M.unit[lang]}</span>
          <input type="text" data-role="unit" value={session.unit} onInput={(e) => imports.update({ unit: e.currentTarget.value })} />
        </label>
        <label class="control">
          <span>{M.kind[lang]}</span>
          <select data-role="kind" value={session.kind} onChange={(e) => imports.update({ kind: e.currentTarget.value as IndicatorKind })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {M.kinds[k][lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rules.length > 0 && (
        <p class="parse-rule">
          <strong>{M.parseRule[lang]}:</strong> {describeRules(rules, lang)}
        </p>
      )}
      {warnings.length > 0 && <Warnings lang={lang} imports={imports} session={session} warnings={warnings} />}
      {rpv && regionSet && <RegionReport lang={lang} imports={imports} session={session} pv={rpv} set={regionSet} />}
      {pv && <Combining lang={lang} imports={imports} session={session} pv={pv} />}
      {report && (
        <div class="join-report" data-matched={report.matched.length} data-unmatched={report.unmatched.length}>
          <p class="join-summary" role="status">
            {M.summary[lang](formatNumber(report.matched.length, lang), formatNumber(report.total, lang), formatNumber(report.unmatched.length, lang), String(report.missing.length))}
          </p>
          {report.unmatched.length > 0 && <Unmatched lang={lang} imports={imports} session={session} report={report} />}
          {report.missing.length > 0 && (
            <p class="missing muted">
              {M.missing[lang]}: {report.missing.map((id) => unitName(id, lang)).join(', ')}
            </p>
          )}
          {pv && pv.pairings.length > 0 && <Pairings lang={lang} pv={pv} />}
        </div>
      )}
      {(fileIssues.length > 0 || valueIssues.length > 0) && (
        <details class="issues" open={valueIssues.length > 0 && valueIssues.length <= 5}>
          <summary>{M.issues[lang](String(fileIssues.length + valueIssues.length))}</summary>
          <ul class="issue-list">
            {[...fileIssues, ...valueIssues].map((i, n) => (
              <li key={n}>{importIssueText(i, lang)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** A few source texts (the guessed source column's first cells) for the coordinate-system hint. */
function Warnings({ lang, imports, session, warnings }: { lang: Lang; imports: ImportController; session: ImportSession; warnings: PlausibilityWarning[] }) {
  const fixButton = (w: PlausibilityWarning) => {
    const fix = w.fix;
    if (!fix) return null;
    if (fix.type === 'use-as-year') {
      return (
        <button type="button" onClick={() => imports.update({ choice: { ...session.choice, year: w.column, value: null } })}>
          {R.fixes.useAsYear[lang]}
        </button>
      );
    }
    if (fix.type === 'set-kind') {
      return (
        <button type="button" onClick={() => imports.update({ kind: fix.kind })}>
          {R.fixes.setKind[lang](M.kinds[fix.kind][lang])}
        </button>
      );
    }
    return (
      <button type="button" onClick={() => document.getElementById('import-value')?.focus()}>
        {R.fixes.chooseValue[lang]}
      </button>
    );
  };
  return (
    <div class="plausibility" role="status">
      <strong>{R.warningsTitle[lang]}</strong>
      <ul>
        {warnings.map((w) => (
          <li key={w.code} data-warning={w.code}>
            {R.warnings[w.code][lang](
              w.column,
              formatNumber(w.count, lang),
              w.row === null ? '' : String(w.row),
              w.example === null ? '' : formatNumber(w.example, lang),
              formatNumber(w.total, lang),
            )}{' '}
            {fixButton(w)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Combining({ lang, imports, session, pv }: { lang: Lang; imports: ImportController; session: ImportSession; pv: ImportPreview }) {
  const sub = pv.subProvince;
  const method = combineOf(session);
  const rowsCombined = pv.groups.reduce((n, g) => n + g.rows.length, 0);
  const keyIsSubNames = sub !== null && sub.by === 'name' && sub.column === session.choice.key;
  if (pv.groups.length === 0 && !sub) return null;
  const valueOfRow = (row: number) => {
    const i = session.file.table.rowNumbers.indexOf(row);
    const c = session.choice.value ? session.file.table.columns.indexOf(session.choice.value) : -1;
    return i < 0 || c < 0 ? '' : (session.file.table.rows[i]?.[c] ?? '');
  };
  return (
    <div class="combining" data-combine={method} data-groups={pv.groups.length}>
      {sub && (
        <p class="sub-province" role="status">
          <strong>{R.subProvince[lang](formatNumber(sub.rows, lang), R.levels[sub.level][lang], sub.column)}</strong>{' '}
          {keyIsSubNames ? R.subProvinceNoProvince[lang] : pv.groups.length > 0 ? R.subProvinceCombined[lang](R.howShort[method][lang]) : ''}
          {pv.countyRows > 0 && ` ${R.subProvinceByCode[lang](formatNumber(pv.countyRows, lang))}`}
        </p>
      )}
      {pv.groups.length > 0 && (
        <>
          <label class="control">
            <span>{R.combineLabel[lang]}</span>
            <select data-role="combine" value={method} onChange={(e) => imports.update({ combine: e.currentTarget.value as CombineMethod })}>
              {COMBINE_METHODS.map((m) => (
                <option key={m} value={m}>
                  {R.combine[m][lang]}
                </option>
              ))}
            </select>
          </label>
          <details class="combined-groups" open={pv.groups.length <= 5}>
            <summary>{R.combinedSummary[lang](formatNumber(pv.groups.length, lang), formatNumber(rowsCombined, lang))}</summary>
            <ul>
              {pv.groups.map((g) => {
                const k = g.key;
                const name = unitName(g.unit, lang) + (g.year ? ` ${g.year}` : '');
                return (
                  <li key={k} data-group={k}>
                    {R.combinedGroup[lang](
                      name,
                      formatNumber(g.rows.length, lang),
                      method === 'one' ? M.row[lang] : R.howShort[method][lang],
                      method === 'one' ? String(g.used) : g.value === null ? MESSAGES.noData[lang] : formatNumber(g.value, lang),
                    )}
                    {method === 'one' && (
                      <select aria-label={R.whichRow[lang](name)} value={String(g.used)} onChange={(e) => imports.pick(k, Number(e.currentTarget.value))}>
                        {g.rows.map((r) => (
                          <option key={r} value={r}>
                            {R.rowOption[lang](String(r), valueOfRow(r))}
                          </option>
                        ))}
                      </select>
                    )}
                  </li>
                );
              })}
            </ul>
          </details>
        </>
      )}
    </div>
  );
}

function Unmatched({
  lang,
  imports,
  session,
  report,
}: {
  lang: Lang;
  imports: ImportController;
  session: ImportSession;
  report: NonNullable<ImportPreview['report']>;
}) {
  // One drop-down per distinct name, not per row: a table repeats names once per year.
  const byKey = new Map<string, (typeof report.unmatched)[number][]>();
  for (const u of report.unmatched) byKey.set(u.key, [...(byKey.get(u.key) ?? []), u]);
  const keys = [...byKey.entries()];
  return (
    <table class="unmatched">
      <caption>{M.unmatchedTitle[lang]}</caption>
      <UnmatchedHead lang={lang} />
      <tbody>
        {keys.slice(0, MAX_UNMATCHED_KEYS).map(([key, rows]) => {
          const u = rows[0]!;
          const rowList = rows.length > 6 ? `${rows.slice(0, 5).map((r) => r.row).join(', ')} …` : rows.map((r) => r.row).join(', ');
          return (
            <tr key={key} data-row={u.row}>
              <td class="num">{rows.length === 1 ? u.row : R.unmatchedKeyRows[lang](rowList)}</td>
              <td>
                <span class="raw-key">{u.key}</span>
                <div class="muted">
                  {M.reasons[u.reason][lang]}
                  {u.suggestion && ` ${M.didYouMean[lang](unitName(u.suggestion, lang))}`}
                  {!u.suggestion && u.candidates.length > 1 && ` ${M.candidates[lang](u.candidates.map((c) => unitName(c, lang)).join(' / '))}`}
                </div>
              </td>
              <td>
                <select
                  aria-label={rows.length === 1 ? M.pickFor[lang](String(u.row)) : R.pickForKey[lang](u.key)}
                  value={session.overrides.get(u.row) ?? ''}
                  onChange={(e) => imports.setOverrideForKey(u.key, (e.currentTarget.value || null) as UnitId | null)}
                >
                  <option value="">{M.leaveOut[lang]}</option>
                  {(u.suggestion ? [UNIT_BY_ID.get(u.suggestion)!] : []).concat(UNITS).map((unit, i) => (
                    <option key={`${unit.id}-${i}`} value={unit.id}>
                      {unitName(unit.id, lang)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
        {keys.length > MAX_UNMATCHED_KEYS && (
          <tr>
            <td colSpan={3} class="muted">
              {R.moreUnmatched[lang](formatNumber(keys.length - MAX_UNMATCHED_KEYS, lang))}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function Pairings({ lang, pv }: { lang: Lang; pv: ImportPreview }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const q = query.trim().toLowerCase();
  const list = q === '' ? pv.pairings : pv.pairings.filter((p) => `${p.row} ${p.key} ${unitName(p.unit, 'en')} ${unitName(p.unit, 'zh')} ${p.unit}`.toLowerCase().includes(q));
  return (
    <details class="pairings" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{R.pairingsTitle[lang](formatNumber(pv.pairings.length, lang))}</summary>
      {open && (
        <>
          <input type="search" class="pairings-search" aria-label={R.pairingsSearch[lang]} placeholder={R.pairingsSearch[lang]} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          {list.length > MAX_PAIRINGS_SHOWN && <p class="muted">{R.pairingsShown[lang](formatNumber(MAX_PAIRINGS_SHOWN, lang), formatNumber(list.length, lang))}</p>}
          <table>
            <thead>
              <tr>
                <th scope="col">{R.columnHeads.row[lang]}</th>
                <th scope="col">{R.columnHeads.key[lang]}</th>
                <th scope="col">{R.columnHeads.province[lang]}</th>
                <th scope="col">{R.columnHeads.via[lang]}</th>
              </tr>
            </thead>
            <tbody>
              {list.slice(0, MAX_PAIRINGS_SHOWN).map((p) => (
                <tr key={p.row} data-row={p.row} data-via={p.via}>
                  <td class="num">{p.row}</td>
                  <td class="raw-key">{p.key}</td>
                  <td>{unitName(p.unit, lang)}</td>
                  <td>{matchedByText(p.via, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </details>
  );
}

/** The region join report: counts per way of matching, names to fix with a region picker each, regions without a row, duplicates, every row's pairing. */
function RegionReport({
  lang,
  imports,
  session,
  pv,
  set,
}: {
  lang: Lang;
  imports: ImportController;
  session: ImportSession;
  pv: NonNullable<ImportController['regionPreview']['value']>;
  set: NonNullable<ImportController['regionSet']['value']>;
}) {
  const review = regionJoinReview(pv, set, session.regionOverrides, lang);
  if (!review || !pv.report) return null;
  return (
    <div class="join-report region-join" data-matched={pv.report.matched.length} data-unmatched={pv.report.unmatched.length} data-missing={pv.report.missing.length}>
      <p class="join-summary" role="status">
        {review.summary}
      </p>
      {review.via.length > 0 && (
        <p class="via-counts">
          <strong>{J.viaCounts[lang]}:</strong>{' '}
          {review.via.map((v, i) => (
            <span key={v.via} data-via={v.via} data-count={v.count}>
              {i > 0 ? J.separator[lang] : ''}
              {v.label} {formatNumber(v.count, lang)}
            </span>
          ))}
        </p>
      )}
      {review.fixes.length > 0 && (
        <table class="unmatched">
          <caption>{J.unmatchedTitle[lang]}</caption>
          <UnmatchedHead lang={lang} />
          <tbody>
            {review.fixes.map((g) => (
              <tr key={`${g.key}|${g.province ?? ''}`} data-row={g.rows[0]} data-picked={g.picked || undefined}>
                <td class="num">{g.rowsText}</td>
                <td>
                  <span class="raw-key">{g.key}</span>
                  {g.province !== null && <span class="muted"> ({g.province})</span>}
                  {g.reason && <div class="muted">{g.reason}</div>}
                </td>
                <td>
                  <select
                    aria-label={J.pickFor[lang](g.key)}
                    value={g.picked}
                    onChange={(e) => imports.setRegionOverrideForKey(g.key, g.province, e.currentTarget.value || null)}
                  >
                    <option value="">{J.leaveOut[lang]}</option>
                    {g.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  {review.search && (
                    <input
                      type="search"
                      class="region-search"
                      list="region-join-choices"
                      aria-label={J.searchFor[lang](g.key)}
                      placeholder={J.searchPlaceholder[lang]}
                      onChange={(e) => {
                        const typed = e.currentTarget.value.trim();
                        const hit = review.search?.find((o) => o.label === typed || o.value === typed);
                        if (hit) imports.setRegionOverrideForKey(g.key, g.province, hit.value);
                      }}
                    />
                  )}
                </td>
              </tr>
            ))}
            {review.moreFixes > 0 && (
              <tr>
                <td colSpan={3} class="muted">
                  {R.moreUnmatched[lang](formatNumber(review.moreFixes, lang))}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {review.search && (
        <datalist id="region-join-choices">
          {review.search.map((o) => (
            <option key={o.value} value={o.label} />
          ))}
        </datalist>
      )}
      {review.duplicates && (
        <details class="combined-groups" open={review.duplicates.lines.length <= 5}>
          <summary>{review.duplicates.title}</summary>
          <label class="control">
            <span>{J.combineLabel[lang]}</span>
            <select data-role="region-combine" value={pv.combine} onChange={(e) => imports.update({ regionCombine: e.currentTarget.value as CombineMethod })}>
              {COMBINE_METHODS.map((m) => (
                <option key={m} value={m}>
                  {m === 'one' ? J.firstRow[lang] : R.combine[m][lang]}
                </option>
              ))}
            </select>
          </label>
          <ul>
            {review.duplicates.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {review.missing && (
        <p class="missing muted">
          {J.missingTitle[lang]}: {review.missing}
        </p>
      )}
      {review.pairings.length > 0 && (
        <details class="pairings">
          <summary>{J.pairingsTitle[lang](formatNumber(review.pairings.length, lang))}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{J.cols.row[lang]}</th>
                <th scope="col">{J.cols.key[lang]}</th>
                <th scope="col">{J.cols.region[lang]}</th>
                <th scope="col">{J.cols.via[lang]}</th>
              </tr>
            </thead>
            <tbody>
              {review.pairings.slice(0, MAX_PAIRINGS_SHOWN).map((p) => (
                <tr key={p.row} data-row={p.row}>
                  <td class="num">{p.row}</td>
                  <td class="raw-key">{p.key}</td>
                  <td>{p.region}</td>
                  <td>{p.via}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {review.pairings.length > MAX_PAIRINGS_SHOWN && <p class="muted">{R.pairingsShown[lang](formatNumber(MAX_PAIRINGS_SHOWN, lang), formatNumber(review.pairings.length, lang))}</p>}
        </details>
      )}
    </div>
  );
}

/** The header of the names-to-fix table, for provinces and for regions alike. */
function UnmatchedHead({ lang }: { lang: Lang }) {
  return (
    <thead>
      <tr>
        <th scope="col">{M.row[lang]}</th>
        <th scope="col">{M.key[lang]}</th>
        <th scope="col">{M.fix[lang]}</th>
      </tr>
    </thead>
  );
}
