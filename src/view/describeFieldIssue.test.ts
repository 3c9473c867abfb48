import { describe, expect, it } from 'vitest';
import { BUNDLE } from '../app/bundle/bundle.fixture';
import { formatBundle } from '../app/bundle/formatBundle';
import { parseBundle } from '../app/bundle/parseBundle';
import { hashRegionSet } from '../regions/hashRegionSet';
import { describeFieldIssue } from './describeFieldIssue';

/** The first field issue the bundle reader reports for the fixture bundle changed by `edit`. */
function firstIssue(edit: (doc: Record<string, any>) => void) {
  const doc = JSON.parse(formatBundle(BUNDLE)) as Record<string, any>;
  edit(doc);
  const read = parseBundle(JSON.stringify(doc));
  if (read.ok || read.refusal.reason !== 'fields' || !read.refusal.issues[0]) throw new Error('no field issue');
  return read.refusal.issues[0];
}

const HASH = hashRegionSet(BUNDLE.regionSets[0]!.regions);

/**
 * #18: what a field should be was an English phrase in the readers (readImportedDataset,
 * readRegionSet), shown as is inside the Chinese sentence. The English is pinned word for word as
 * it was before the phrases became keys.
 */
const CASES: Array<[string, (d: Record<string, any>) => void, string, string]> = [
  [
    'a table id outside the imported namespace',
    (d) => (d.tables[0].id = 'children'),
    'tables[0].id: “children” is not an id such as u-k3f9a2.',
    'tables[0].id：“children”不是形如 u-k3f9a2 的编号。',
  ],
  [
    'a table bound to a region set id of another form',
    (d) => (d.tables[0].regionSet = { id: 'anhui', fileName: 'a.geojson' }),
    'tables[0].regionSet.id: “anhui” is not a region set id such as r-3k9x2a.',
    'tables[0].regionSet.id：“anhui”不是形如 r-3k9x2a 的区域集编号。',
  ],
  [
    'a region key of another form in a table bound to a region set',
    (d) => {
      d.tables[0].regionSet = { id: 'r-3k9x2a', fileName: 'a.geojson' };
      d.tables[0].values[0].region = 'Lin quan';
    },
    'tables[0].values[0].region: “Lin quan” is not a region key such as 110105 or #12.',
    'tables[0].values[0].region：“Lin quan”不是形如 110105 或 #12 的区域键。',
  ],
  [
    'a province code that is not one, in a table',
    (d) => (d.tables[0].values[1].region = 'Sichuan'),
    'tables[0].values[1].region: “Sichuan” is not one of: a province code such as SC.',
    'tables[0].values[1].region：“Sichuan”不在以下之列：省级代码（如 SC）。',
  ],
  [
    'a province code that is not one, in a region set',
    (d) => (d.regionSets[0].regions[0].province = 'XX'),
    'regionSets[0].regions[0].province: “XX” is not one of: a province code such as SC.',
    'regionSets[0].regions[0].province：“XX”不在以下之列：省级代码（如 SC）。',
  ],
  [
    'a region set id of another form',
    (d) => (d.regionSets[0].id = 'anhui'),
    'regionSets[0].id: “anhui” is not an id such as r-1a2b3c4d.',
    'regionSets[0].id：“anhui”不是形如 r-1a2b3c4d 的编号。',
  ],
  [
    'a region set id that is not the hash of its regions',
    (d) => (d.regionSets[0].id = 'r-0000aaaa'),
    `regionSets[0].id: “r-0000aaaa” is not the hash of its regions, ${HASH}.`,
    `regionSets[0].id：“r-0000aaaa”不是其区域的哈希值 ${HASH}。`,
  ],
  [
    'an unclosed ring',
    (d) => d.regionSets[0].regions[0].geometry.coordinates[0].pop(),
    'regionSets[0].regions[0].geometry.coordinates[0]: “[115, 33] … [115, 33.5]” is not a closed ring (last position = first).',
    'regionSets[0].regions[0].geometry.coordinates[0]：“[115, 33] … [115, 33.5]”不是闭合的环（末位置 = 首位置）。',
  ],
  [
    'projected coordinates',
    (d) => (d.regionSets[0].regions[1].geometry.coordinates[1][0][2] = [12900000, 3900000]),
    'regionSets[0].regions[1].geometry.coordinates[1][0][2]: [12900000,3900000] is outside [lon, lat] in degrees.',
    'regionSets[0].regions[1].geometry.coordinates[1][0][2]：[12900000,3900000] 超出 以度为单位的 [经度, 纬度]。',
  ],
  [
    'a facility flag that is text',
    (d) => (d.facilitySets[0].synthetic = 'no'),
    'facilitySets[0].synthetic: should be true or false, found no.',
    'facilitySets[0].synthetic：应为true 或 false，实际为 no。',
  ],
];

describe('describeFieldIssue: a reader’s problem in the UI language (#18)', () => {
  it('words a limit of positions (a region set too big to build here) as before', () => {
    const issue = { field: 'regionSets[0].regions', problem: 'too-long' as const, expected: { key: 'positions', params: ['5000000'] }, raw: '5000001' };
    expect(describeFieldIssue(issue, 'en')).toBe('regionSets[0].regions: longer than 5000000 positions (5000001).');
    expect(describeFieldIssue(issue, 'zh')).toBe('regionSets[0].regions：超过 5000000 个坐标点（5000001）。');
  });

  it('shows a plain value as it is, and an unknown key as itself rather than nothing', () => {
    expect(describeFieldIssue({ field: 'version', problem: 'range', expected: '1–1', raw: '0' }, 'zh')).toBe('version：0 超出 1–1。');
    expect(describeFieldIssue({ field: 'x', problem: 'form', expected: { key: 'nope' }, raw: 'y' }, 'en')).toBe('x: “y” is not nope.');
  });

  it.each(CASES)('%s, in English word for word as before', (_n, edit, en) => {
    expect(describeFieldIssue(firstIssue(edit), 'en')).toBe(en);
  });

  it.each(CASES)('%s, in Chinese with no English words', (_n, edit, _en, zh) => {
    expect(describeFieldIssue(firstIssue(edit), 'zh')).toBe(zh);
  });
});
