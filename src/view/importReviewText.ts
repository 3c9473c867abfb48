import type { PairingVia } from '../data/buildImportPreview';
import type { PlausibilityCode } from '../data/import/checkPlausibility';
import type { CombineMethod } from '../data/import/combineValues';
import type { SubProvinceLevel } from '../data/import/subProvince';
import { IMPORT_REVIEW_MESSAGES as R } from '../i18n/importReviewMessages';
import type { Lang } from '../i18n/lang';

type Text = Record<Lang, string>;
type WarningText = Record<Lang, (column: string, count: string, row: string, example: string, total: string) => string>;

// The catalogue cannot name the import's types (i18n imports nothing but its own), so the checks
// live here: a new method, level, code or pairing without text in both languages does not compile.
R.combine satisfies Record<CombineMethod, Text>;
R.howShort satisfies Record<CombineMethod, Text>;
R.levels satisfies Record<SubProvinceLevel, Text>;
R.warnings satisfies Record<PlausibilityCode, WarningText>;
R.matchedBy satisfies Record<Exclude<PairingVia, 'en' | 'zh'> | 'english' | 'chinese', Text>;

/** How a row was paired with its province, for the pairing list ("English name", "code" …). */
export function matchedByText(via: PairingVia, lang: Lang): string {
  const key = via === 'en' ? 'english' : via === 'zh' ? 'chinese' : via;
  return R.matchedBy[key][lang];
}
