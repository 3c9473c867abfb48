/**
 * How a number was read, so the UI can say it ("Thousands separators removed; 万 = ×10,000").
 * 'plain' only appears alone: a number that needed no other rule.
 */
export type NumberRule = 'plain' | 'thousands' | 'percent' | 'wan' | 'yi' | 'fullwidth';

/** The order rules are listed and described in. */
export const NUMBER_RULES: readonly NumberRule[] = ['plain', 'fullwidth', 'thousands', 'wan', 'yi', 'percent'];
