import type { RegionController, RegionFile } from '../app/createRegionController';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { formatNumber } from '../view/formatValue';
import { RegionFileInput } from './RegionImport';

const T = MESSAGES.regionImport;

/**
 * Which units the map shows: the provinces or one of the kept region sets (`state.regionSet`,
 * carried in the link as `rs`). Shown only once there is a choice: a kept set, or a link naming one.
 */
export function RegionSetChooser({ lang, regions, regionSet }: { lang: Lang; regions: RegionController; regionSet: string | null }) {
  const sets = regions.sets.value;
  const missing = regions.missing.value;
  if (sets.length === 0 && missing === null) return null;
  return (
    <label class="region-chooser">
      <span>{T.chooser.label[lang]}</span>
      <select
        data-region-chooser=""
        value={regionSet ?? ''}
        title={sets.find((s) => s.id === regionSet)?.fileName ?? T.chooser.provinces[lang]}
        onChange={(e) => regions.choose(e.currentTarget.value || null)}>
        <option value="">{T.chooser.provinces[lang]}</option>
        {sets.map((s) => (
          <option key={s.id} value={s.id}>
            {T.chooser.set[lang](s.fileName, formatNumber(s.regions.length, lang, { digits: 0 }))}
          </option>
        ))}
        {missing !== null && (
          <option value={missing} disabled>
            {T.chooser.missing[lang](missing)}
          </option>
        )}
      </select>
    </label>
  );
}

/**
 * A link names a region set this browser does not hold (imported elsewhere): say so, name what is
 * needed, and offer to open the file; the rest of the view stays as the link has it.
 */
export function RegionSetMissing({ lang, regions, fileName, onOpen }: { lang: Lang; regions: RegionController; fileName: string | null; onOpen(file: RegionFile): void }) {
  const missing = regions.missing.value;
  if (missing === null) return null;
  return (
    <section class="region-missing" role="region" aria-labelledby="region-missing-title" data-missing-set={missing}>
      <h2 id="region-missing-title">{T.missing.title[lang]}</h2>
      <p>{T.missing.body[lang](missing)}</p>
      {fileName !== null && (
        <p data-missing-file="">
          <strong>{T.missing.file[lang](fileName)}</strong>
        </p>
      )}
      <RegionFileInput lang={lang} label={T.missing.open[lang]} maxBytes={regions.maxFileBytes} onFile={onOpen} />
      <div class="row-buttons">
        <button type="button" onClick={() => regions.choose(null)}>
          {T.missing.provinces[lang]}
        </button>
      </div>
    </section>
  );
}
