import type { Indicator } from '../data/indicator';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';

const LOCALE: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };

/**
 * A value as the user reads it, in the UI language. `compact` (legends, labels) gives
 * "6.9M" / "692万"; full (tooltips, panels, tables) gives "6,920,292".
 * Balances carry a sign so that "net sender" and "net receiver" never rely on colour alone.
 */
export function formatNumber(
  value: number,
  lang: Lang,
  opts: { compact?: boolean; signed?: boolean; digits?: number; fixed?: boolean } = {},
): string {
  const compact = opts.compact ?? false;
  const signed = opts.signed ?? false;
  const digits = opts.digits ?? 2;
  // `fixed`: always `digits` decimals (0.70, not 0.7), for figures read as a column of scores.
  const fixed = (opts.fixed ?? false) && !compact;
  // One formatter per combination, kept: creating an Intl.NumberFormat costs far more than using
  // one, and the first view formats a few hundred numbers (table, legend, histogram, labels).
  const key = `${lang}|${compact}|${signed}|${digits}|${fixed}`;
  let nf = FORMATTERS.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALE[lang], {
      notation: compact ? 'compact' : 'standard',
      maximumSignificantDigits: compact ? 3 : undefined,
      maximumFractionDigits: compact ? undefined : digits,
      minimumFractionDigits: fixed ? digits : undefined,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    FORMATTERS.set(key, nf);
  }
  return nf.format(value);
}

const FORMATTERS = new Map<string, Intl.NumberFormat>();

/**
 * A balance per 1,000 residents at its stated precision, 0.1, with its sign: "+542.0", never "+542"
 * (province figures and the county table alike). Never compact: the values are small.
 */
export function formatPerThousand(value: number, lang: Lang): string {
  return formatNumber(value, lang, { signed: true, digits: 1, fixed: true });
}

export function formatValue(value: number, indicator: Indicator, lang: Lang, compact = false): string {
  switch (indicator.kind) {
    case 'share':
      return `${formatNumber(value, lang, { digits: 2 })}%`;
    case 'rank':
      return formatNumber(value, lang, { digits: 0 });
    case 'flag':
      // A flag row only exists where the source named the unit; there is no "not named" value.
      return value === 1 ? MESSAGES.flagNamed[lang] : formatNumber(value, lang, { digits: 0 });
    case 'balance':
      // A balance per 1,000 residents is small (Hebei +0.8): one decimal, always shown; a count of
      // people has none.
      return indicator.value.type === 'ratio' ? formatPerThousand(value, lang) : formatNumber(value, lang, { compact, signed: true, digits: 0 });
    case 'score':
      // Never compact: a score's whole range is −1..+1, and its second decimal is the point.
      return formatNumber(value, lang, { signed: true, digits: 2, fixed: true });
    case 'rate':
      return formatNumber(value, lang, { compact, digits: 2 });
    case 'count':
      return formatNumber(value, lang, { compact, digits: 0 });
  }
}

/** The value with its unit: "6,920,292 persons", "17.95%", "rank 1". */
export function formatValueWithUnit(value: number, indicator: Indicator, lang: Lang): string {
  const v = formatValue(value, indicator, lang);
  if (indicator.kind === 'share' || indicator.kind === 'flag') return v;
  const unit = indicator.unit[lang];
  return lang === 'zh' ? `${v} ${unit}` : `${v} ${unit}`;
}
