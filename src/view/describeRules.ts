import type { Bilingual, Lang } from '../i18n/lang';
import { NUMBER_RULES, type NumberRule } from '../data/import/numberRules';

/**
 * The number rules an imported column was read with, as a sentence in the UI language. Apart from
 * importMessages (the import's issue sentences, 14 KB) because a user file's source line shows it
 * wherever a citation is, in the first view; importMessages re-exports it.
 */
const NUMBER_RULE_TEXT: Record<NumberRule, Bilingual> = {
  plain: { en: 'numbers read as written', zh: '数字按原样读取' },
  fullwidth: { en: 'full-width digits converted', zh: '全角数字已转换' },
  thousands: { en: 'thousands separators removed', zh: '已去除千位分隔符' },
  percent: { en: '% kept as percentage points', zh: '百分数按百分点保留（12.5% 记为 12.5）' },
  wan: { en: '万 = ×10,000', zh: '万 = ×10,000' },
  yi: { en: '亿 = ×100,000,000', zh: '亿 = ×100,000,000' },
};

/** One clause per rule, for `describeRules`; English clauses start lower-case and are capitalised
 * there. */
export function numberRuleText(rule: NumberRule, lang: Lang): string {
  return NUMBER_RULE_TEXT[rule][lang];
}

export function numbersAsWrittenText(lang: Lang): string {
  return lang === 'zh' ? '数字按原样读取。' : 'Numbers read as written.';
}

/** The parse rules shown to the user, one sentence in the UI language:
 * "Thousands separators removed; 万 = ×10,000; % kept as percentage points." */
export function describeRules(rules: Iterable<NumberRule>, lang: Lang): string {
  const set = new Set(rules);
  const parts = NUMBER_RULES.filter((r) => r !== 'plain' && set.has(r)).map((r) => numberRuleText(r, lang));
  if (parts.length === 0) return numbersAsWrittenText(lang);
  if (lang === 'zh') return `${parts.join('；')}。`;
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
