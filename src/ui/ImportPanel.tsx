import { describeRules } from '../view/importMessages';
import type { IndicatorKind } from '../data/indicator';
import type { UnitId } from '../geo/units';
import { UNITS, UNIT_BY_ID } from '../view/vocabulary';
import { bilingualUnitName as unitName } from '../view/findUnit';
import type { Lang } from '../i18n/lang';
import { importIssueText } from '../view/importMessages';
import { MESSAGES } from '../i18n/messages';
import { pointCount, type ImportController, type ImportSession } from '../app/createImportController';

const KINDS: IndicatorKind[] = ['count', 'share', 'rate', 'balance', 'rank', 'flag'];
const M = MESSAGES.imports;


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
              <strong>{d.name}</strong> <span class="muted">({d.fileName}, {M.rows[lang](String(d.values.length))})</span>
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
  const { file, choice } = session;
  const report = pv?.report ?? null;
  const columnSelect = (role: keyof typeof choice, optional: boolean) => (
    <label class="control">
      <span>{M.columns[role][lang]}</span>
      <select
        data-role={role}
        value={choice[role] ?? ''}
        onChange={(e) => imports.update({ choice: { ...choice, [role]: e.currentTarget.value || null } })}
      >
        {optional && <option value="">{M.none[lang]}</option>}
        {!optional && choice[role] === null && <option value="">{M.choose[lang]}</option>}
        {file.table.columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
  const fileIssues = file.issues;
  const valueIssues = pv?.issues ?? [];
  return (
    <div class="review">
      <p class="muted">
        {M.fileSummary[lang](file.name, String(file.table.rows.length), file.encoding.toUpperCase(), file.table.format.toUpperCase())}
      </p>
      <div class="review-columns">
        {columnSelect('key', false)}
        {columnSelect('value', false)}
        {columnSelect('year', true)}
      </div>
      <div class="review-columns">
        <label class="control">
          <span>{M.name[lang]}</span>
          <input type="text" value={session.name} onInput={(e) => imports.update({ name: e.currentTarget.value })} />
        </label>
        <label class="control">
          <span>{M.unit[lang]}</span>
          <input type="text" value={session.unit} onInput={(e) => imports.update({ unit: e.currentTarget.value })} />
        </label>
        <label class="control">
          <span>{M.kind[lang]}</span>
          <select value={session.kind} onChange={(e) => imports.update({ kind: e.currentTarget.value as IndicatorKind })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {M.kinds[k][lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {pv && pv.rules.length > 0 && (
        <p class="parse-rule">
          <strong>{M.parseRule[lang]}:</strong> {describeRules(pv.rules, lang)}
        </p>
      )}
      {report && (
        <div class="join-report" data-matched={report.matched.length} data-unmatched={report.unmatched.length}>
          <p class="join-summary" role="status">
            {M.summary[lang](String(report.matched.length), String(report.total), String(report.unmatched.length), String(report.missing.length))}
          </p>
          {report.unmatched.length > 0 && (
            <table class="unmatched">
              <caption>{M.unmatchedTitle[lang]}</caption>
              <thead>
                <tr>
                  <th scope="col">{M.row[lang]}</th>
                  <th scope="col">{M.key[lang]}</th>
                  <th scope="col">{M.fix[lang]}</th>
                </tr>
              </thead>
              <tbody>
                {report.unmatched.map((u) => (
                  <tr key={u.row} data-row={u.row}>
                    <td class="num">{u.row}</td>
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
                        aria-label={M.pickFor[lang](String(u.row))}
                        value={session.overrides.get(u.row) ?? ''}
                        onChange={(e) => imports.setOverride(u.row, (e.currentTarget.value || null) as UnitId | null)}
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
                ))}
              </tbody>
            </table>
          )}
          {report.duplicates.length > 0 && (
            <ul class="duplicates">
              {report.duplicates.map((d) => (
                <li key={`${d.unit}-${d.year}`}>{M.duplicate[lang](unitName(d.unit, lang), d.rows.join(', '), String(d.used))}</li>
              ))}
            </ul>
          )}
          {report.missing.length > 0 && (
            <p class="missing muted">
              {M.missing[lang]}: {report.missing.map((id) => unitName(id, lang)).join(', ')}
            </p>
          )}
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
      {pointCount(file) > 0 && (
        <div class="row-buttons">
          <p class="muted">{M.points[lang](String(pointCount(file)))}</p>
          <button
            type="button"
            class="primary"
            data-action="add-facilities"
            onClick={async () => {
              if ((await imports.addFacilities()) > 0) onFacilitiesAdded();
            }}
          >
            {MESSAGES.facilities.addFacilities[lang](String(pointCount(file)))}
          </button>
        </div>
      )}
      <div class="row-buttons">
        <button
          type="button"
          class="primary"
          disabled={!pv || pv.values.length === 0}
          onClick={async () => {
            const id = await imports.apply();
            if (id) onShow(id);
          }}
        >
          {M.apply[lang](String(pv?.values.length ?? 0))}
        </button>
        <button type="button" onClick={() => imports.cancel()}>{M.cancel[lang]}</button>
      </div>
    </div>
  );
}
