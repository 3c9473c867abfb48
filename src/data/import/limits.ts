/** Files larger than this are rejected before they are read ('file-too-large'). 50 MB of CSV is
 * about a million short rows, far past what a province map needs. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * A table with more data rows than this is rejected ('too-many-rows', an error), not truncated:
 * a cut-off table looks complete, and totals or ranks computed from it would be silently wrong.
 * Parsing stops at row MAX_ROWS + 1, so the check costs no more than the limit.
 */
export const MAX_ROWS = 200_000;
