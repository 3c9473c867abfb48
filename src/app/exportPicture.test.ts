import { describe, expect, it } from 'vitest';
import { pictureFileName } from './exportPicture';

describe('pictureFileName', () => {
  it.each([
    ['Left-behind children', '16:9', 1, 'liushou-atlas-left-behind-children-16x9-1x.png'],
    ['Children per 1,000 (MCA)', '4:3', 2, 'liushou-atlas-children-per-1-000-mca-4x3-2x.png'],
    ['', 'a4', 2, 'liushou-atlas-data-a4-2x.png'],
  ] as const)('%s %s %d×', (label, ratio, scale, expected) => {
    expect(pictureFileName(label, ratio, scale)).toBe(expected);
  });
});
