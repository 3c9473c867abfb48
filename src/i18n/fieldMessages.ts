import type { Lang } from './lang';

/**
 * What a field of a file from outside should be, when it takes words to say (#18): the readers
 * (data/readImportedDataset, regions/readRegionSet) record a key and plain parameters in their
 * field issue (util/readFields `FieldWords`), and view/describeFieldIssue words it in the UI
 * language inside the sentence of bundleMessages' `problems`. Each template takes at most one
 * parameter.
 */
export const FIELD_MESSAGES = {
  expected: {
    /** An id of a given pattern; `example` is one (`u-k3f9a2`). */
    idSuchAs: { en: (example: string) => `an id such as ${example}`, zh: (example: string) => `形如 ${example} 的编号` },
    regionSetIdSuchAs: { en: (example: string) => `a region set id such as ${example}`, zh: (example: string) => `形如 ${example} 的区域集编号` },
    regionKey: { en: () => 'a region key such as 110105 or #12', zh: () => '形如 110105 或 #12 的区域键' },
    provinceCode: { en: () => 'a province code such as SC', zh: () => '省级代码（如 SC）' },
    /** A region set's id is the hash of its regions (regions/hashRegionSet). */
    regionSetHash: { en: (hash: string) => `the hash of its regions, ${hash}`, zh: (hash: string) => `其区域的哈希值 ${hash}` },
    closedRing: { en: () => 'a closed ring (last position = first)', zh: () => '闭合的环（末位置 = 首位置）' },
    lonLat: { en: () => '[lon, lat] in degrees', zh: () => '以度为单位的 [经度, 纬度]' },
    /** A count of coordinate positions, as a limit. */
    positions: { en: (n: string) => `${n} positions`, zh: (n: string) => `${n} 个坐标点` },
  },
} as const satisfies { expected: Record<string, Record<Lang, (param: string) => string>> };

export type FieldWordsKey = keyof typeof FIELD_MESSAGES.expected;

/** A reader's `expected` as a key of the words above and its parameter (the compiler refuses an unknown key). */
export const fieldWords = (key: FieldWordsKey, ...params: string[]): { key: FieldWordsKey; params: string[] } => ({ key, params });
