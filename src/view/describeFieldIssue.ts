import { BUNDLE_MESSAGES } from '../i18n/bundleMessages';
import { FIELD_MESSAGES, type FieldWordsKey } from '../i18n/fieldMessages';
import type { Lang } from '../i18n/lang';
import type { FieldIssue } from '../util/readFields';

/** What the field should be, in `lang`: a plain value as it is, or the words its key names (i18n/fieldMessages). */
function expectedText(expected: FieldIssue['expected'], lang: Lang): string {
  if (expected === undefined || typeof expected === 'string') return expected ?? '';
  // The readers make keys with fieldWords, which the compiler checks; an unknown one shows as itself.
  const words = FIELD_MESSAGES.expected[expected.key as FieldWordsKey] as (typeof FIELD_MESSAGES.expected)[FieldWordsKey] | undefined;
  return words ? words[lang](expected.params?.[0] ?? '') : expected.key;
}

/** One field issue of a file from outside (readFields.ts) as a sentence in `lang`: its path, what was expected, the value found. */
export function describeFieldIssue(issue: FieldIssue, lang: Lang): string {
  return BUNDLE_MESSAGES.problems[issue.problem][lang](issue.field, expectedText(issue.expected, lang), issue.raw ?? '');
}
