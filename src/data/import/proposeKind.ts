import type { IndicatorKind } from '../indicator';
import type { NumberRule } from './parseNumber';

const PERCENT_NAME = /%|％|percent|share|ratio|比例|占比|比重|百分|率/i;

/**
 * The kind and unit proposed for a value column, following how its numbers were read: a column
 * read as percentages ("12.5%") is a share shown with "%" and decimals, not a count rounded to
 * whole numbers (12.5 showed as 13). Numbers with decimals that are not percentages are a rate,
 * shown with two decimals; whole numbers are a count. The unit in the header wins when there is
 * one. The user can change either.
 */
export function proposeKind(
  column: string | null,
  rules: readonly NumberRule[],
  values: readonly (number | null)[],
  headerUnit: string | null,
): { kind: IndicatorKind; unit: string } {
  if (column === null) return { kind: 'count', unit: headerUnit ?? '' };
  if (rules.includes('percent') || PERCENT_NAME.test(column) || headerUnit === '%') {
    return { kind: 'share', unit: headerUnit ?? '%' };
  }
  const fractional = values.some((v) => v !== null && !Number.isInteger(v));
  return { kind: fractional ? 'rate' : 'count', unit: headerUnit ?? '' };
}
