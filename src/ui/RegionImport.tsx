import type { RegionController, RegionFile, RegionIssue, RegionReport } from '../app/createRegionController';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { REGION_IMPORT_MESSAGES } from '../i18n/regionImportMessages';
import { formatNumber } from '../view/formatValue';
import { regionIssueText } from '../view/regionMessages';

const T = REGION_IMPORT_MESSAGES;
/** Issues listed per group; a file with thousands of bad features needs a few examples, not all. */
const MAX_LISTED = 20;
const MB = 1024 * 1024;

type Group = keyof typeof T.groups;
const LEFT_OUT = new Set(['null-geometry', 'not-polygon', 'empty-geometry', 'bad-coordinate', 'too-few-positions', 'unclosed-ring', 'self-intersection']);
const groupOf = (i: RegionIssue): Group =>
  LEFT_OUT.has(i.code) ? 'leftOut' : i.code === 'duplicate-code' ? 'duplicates' : i.code === 'outside-china' ? 'outside' : 'notes';

interface Props {
  lang: Lang;
  regions: RegionController;
}

/** A file input that also takes a drop, without the page-wide drop (which imports tables) seeing it. */
export function RegionFileInput({ lang, onFile, label, maxBytes }: { lang: Lang; onFile(file: RegionFile): void; label: string; maxBytes: number }) {
  return (
    <label
      class="region-dropzone"
      onDragOver={(e) => {
        if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const file = e.dataTransfer?.files[0];
        if (!file) return;
        e.preventDefault();
        e.stopPropagation();
        onFile(file);
      }}
    >
      <span>{label}</span>
      <input
        type="file"
        data-region-file=""
        accept=".geojson,.json,.topojson,.zip,application/geo+json,application/json,application/zip"
        onChange={(e) => {
          const input = e.currentTarget;
          const f = input.files?.[0];
          if (f) onFile(f);
          input.value = '';
        }}
      />
      <span class="muted">{T.limit[lang](formatNumber(maxBytes / MB, lang, { digits: 0 }))}</span>
    </label>
  );
}

/** The "Your regions" part of the data tab: bring a boundary file, read its report, apply or cancel; the kept sets. */
export function RegionImport({ lang, regions }: Props) {
  const phase = regions.phase.value;
  const sets = regions.sets.value;
  const shown = regions.active.value?.id ?? null;
  const n = (x: number) => formatNumber(x, lang, { digits: 0 });
  return (
    <section class="import region-import" aria-labelledby="region-import-title" data-region-phase={phase.type}>
      <h2 id="region-import-title">{T.title[lang]}</h2>
      <p class="muted">{T.intro[lang]}</p>
      {!regions.persistent && <p class="muted">{T.memoryOnly[lang]}</p>}
      {sets.length > 0 && (
        <>
          <h3 class="or-table">{T.keptTitle[lang]}</h3>
          <ul class="region-sets">
            {sets.map((s) => (
              <li key={s.id} data-region-set={s.id}>
                <strong>{s.fileName}</strong> <span class="muted">{T.keptItem[lang](n(s.regions.length), s.importedAt.slice(0, 10))}</span>
                <span class="row-buttons">
                  {shown === s.id ? (
                    <span class="muted" aria-current="true">
                      {T.shown[lang]}
                    </span>
                  ) : (
                    <button type="button" onClick={() => regions.choose(s.id)}>
                      {T.show[lang]}
                    </button>
                  )}
                  <button type="button" aria-label={T.removeLabel[lang](s.fileName)} onClick={() => void regions.remove(s.id)}>
                    {T.remove[lang]}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {phase.type !== 'review' && regions.problem.value && (
        <p class="notice error" role="alert" data-storage-problem={regions.problem.value}>
          {MESSAGES.storage.problem[regions.problem.value][lang]}
        </p>
      )}
      {(phase.type === 'idle' || phase.type === 'rejected') && <RegionFileInput lang={lang} label={T.choose[lang]} maxBytes={regions.maxFileBytes} onFile={(f) => void regions.open(f)} />}
      {phase.type === 'reading' && (
        <p role="status">
          {T.reading[lang](phase.fileName)}
          <progress />
        </p>
      )}
      {phase.type === 'rejected' && <Rejected lang={lang} report={phase.report} />}
      {phase.type === 'review' && <Review lang={lang} regions={regions} report={phase.report} />}
    </section>
  );
}

function Rejected({ lang, report }: { lang: Lang; report: RegionReport }) {
  const p = report.fileProblem;
  const mb = (bytes: number) => formatNumber(bytes / MB, lang, { digits: 1 });
  const problem =
    p === null
      ? null
      : p.code === 'too-large'
        ? T.fileProblem['too-large'][lang](mb(p.actual), mb(p.limit))
        : p.code === 'binary'
          ? T.fileProblem.binary[lang]
          : T.fileProblem[p.code][lang](p.detail);
  const errors = report.issues.filter((i) => i.severity === 'error');
  return (
    <div class="region-rejected" role="alert">
      <p>
        <strong>{T.rejectedTitle[lang](report.fileName)}</strong>
      </p>
      {problem && <p data-file-problem={p?.code}>{problem}</p>}
      <ul class="issue-list">
        {(errors.length > 0 ? errors : report.issues).slice(0, MAX_LISTED).map((i, k) => (
          <li key={k} data-issue={i.code}>
            {regionIssueText(i, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Review({ lang, regions, report }: { lang: Lang; regions: RegionController; report: RegionReport }) {
  const n = (x: number) => formatNumber(x, lang, { digits: 0 });
  const fileNotes = report.issues.filter((i) => i.feature === null);
  const groups = new Map<Group, RegionIssue[]>();
  for (const i of report.issues) {
    if (i.feature === null) continue;
    const g = groupOf(i);
    groups.set(g, [...(groups.get(g) ?? []), i]);
  }
  const percent = report.verticesBefore > 0 ? `${Math.round((report.vertices / report.verticesBefore) * 100)}%` : '–';
  const seconds = formatNumber((report.ms.read + report.ms.parse + report.ms.simplify) / 1000, lang, { digits: 1 });
  const columnSelect = (which: 'codeField' | 'nameField', label: string) => (
    <label>
      {label}{' '}
      <select
        data-region-column={which}
        value={report[which] ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (v) void regions.reread({ codeField: report.codeField ?? undefined, nameField: report.nameField ?? undefined, [which]: v });
        }}
      >
        {report[which] === null && <option value="">{T.noColumn[lang]}</option>}
        {report.fields.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="region-review" data-region-report={report.id ?? ''}>
      <h3 class="or-table">{T.reportTitle[lang](report.fileName)}</h3>
      <div class="review-actions row-buttons">
        <button type="button" class="primary" onClick={() => void regions.apply()}>
          {T.apply[lang]}
        </button>
        <button type="button" onClick={() => regions.cancel()}>
          {T.cancel[lang]}
        </button>
      </div>
      {regions.problem.value && (
        <p class="notice error" role="alert" data-storage-problem={regions.problem.value}>
          {MESSAGES.storage.problem[regions.problem.value][lang]}
        </p>
      )}
      <ul class="region-summary">
        <li class="region-count" data-regions-read={report.regions.length}>
          {T.regionsRead[lang](n(report.regions.length))}
        </li>
        {report.codeField !== null && <li data-code-kind={report.codeKind ?? 'none'}>{T.codeRead[lang](report.codeField, T.codeKind[report.codeKind ?? 'none'][lang])}</li>}
        {report.nameField !== null && <li>{T.nameRead[lang](report.nameField)}</li>}
        {fileNotes.map((i, k) => (
          <li key={`f${k}`} data-issue={i.code}>
            {regionIssueText(i, lang)}
          </li>
        ))}
        <li data-vertices={report.vertices} data-vertices-before={report.verticesBefore}>
          {T.vertices[lang](n(report.vertices), n(report.verticesBefore), percent)}
        </li>
        <li class="muted">{T.timing[lang](seconds)}</li>
      </ul>
      {report.fields.length > 0 && (
        <div class="review-columns">
          {columnSelect('codeField', T.codeLabel[lang])}
          {columnSelect('nameField', T.nameLabel[lang])}
          <span class="muted">{T.pickHint[lang]}</span>
        </div>
      )}
      {(['leftOut', 'duplicates', 'outside', 'notes'] as const).map((g) => {
        const list = groups.get(g);
        if (!list) return null;
        return (
          <div key={g} class="region-issues" data-issue-group={g}>
            <p>
              <strong>{T.groups[g][lang](n(list.length))}</strong>
            </p>
            <ul class="issue-list">
              {list.slice(0, MAX_LISTED).map((i, k) => (
                <li key={k} data-issue={i.code} data-feature={i.feature ?? ''}>
                  {regionIssueText(i, lang)}
                </li>
              ))}
            </ul>
            {list.length > MAX_LISTED && <p class="muted">{T.more[lang](n(list.length - MAX_LISTED))}</p>}
          </div>
        );
      })}
    </div>
  );
}
