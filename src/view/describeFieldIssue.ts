import { BUNDLE_MESSAGES } from '../i18n/bundleMessages';
import type { Lang } from '../i18n/lang';
import type { FieldIssue } from '../util/readFields';

/** One field issue of a file from outside (readFields.ts) as a sentence in `lang`: its path, what was expected, the value found. */
export function describeFieldIssue(issue: FieldIssue, lang: Lang): string {
  return BUNDLE_MESSAGES.problems[issue.problem][lang](issue.field, issue.expected ?? '', issue.raw ?? '');
}
