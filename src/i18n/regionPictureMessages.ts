/**
 * Strings for pictures, prints and story slides of a planner's region view (#15). Imported where
 * they are used (the picture's code loads on first export), not spread into the first view's catalogue.
 */
export const REGION_PICTURE_MESSAGES = {
  /** The picture's second line under its title: which file's regions, how many. */
  regionsLine: {
    en: (file: string, n: string) => `${n} regions from ${file}`,
    zh: (file: string, n: string) => `${file}中的${n}个区域`,
  },
  /** A presented slide names a region set this browser lacks: which file it needs; the rest is shown. */
  slideMissing: {
    en: (file: string) => `This slide shows regions from “${file}”, which this browser does not hold. Open that file to see them; meanwhile the slide's other settings are shown on the provinces.`,
    zh: (file: string) => `本页显示来自“${file}”的区域，但本浏览器中没有该文件。打开该文件即可查看；在此之前，本页的其他设置以省级单位显示。`,
  },
  /** The same when the slide's link did not carry the file's name (an older link): the set's id. */
  slideMissingId: {
    en: (id: string) => `This slide shows a region set (${id}) this browser does not hold. Open its file to see it; meanwhile the slide's other settings are shown on the provinces.`,
    zh: (id: string) => `本页显示的区域集（${id}）不在本浏览器中。打开其文件即可查看；在此之前，本页的其他设置以省级单位显示。`,
  },
  /** The file opened for such a slide holds other regions (its content differs, so its id does). */
  slideOtherFile: {
    en: (got: string, needed: string) => `“${got}” holds other regions than this slide's: it needs “${needed}”. Nothing was changed.`,
    zh: (got: string, needed: string) => `“${got}”中的区域与本页不同：本页需要“${needed}”。未作任何更改。`,
  },
  slideFileUnreadable: {
    en: (got: string) => `“${got}” could not be opened as regions. Leave the presentation and open it under Your data to see why.`,
    zh: (got: string) => `无法将“${got}”作为区域打开。请退出演示，在“我的数据”中打开以查看原因。`,
  },
} as const;
