/** Messages of storage, link limits and shared tables (issue #17); spread into MESSAGES as `storage`. */
export const STORAGE_MESSAGES = {
  /** One sentence per storage problem: what happened, and what it means for the user's work. */
  problem: {
    refused: {
      en: 'This browser does not allow storage here (an embedded page, private browsing or blocked cookies): the atlas works, and what you add lasts until you close the page.',
      zh: '此浏览器不允许在此存储（嵌入页面、隐私浏览或已阻止 Cookie）：地图照常可用，您添加的内容在关闭页面后将丢失。',
    },
    timeout: {
      en: 'The browser’s storage did not open in time: the atlas works from memory, and what you add lasts until you close the page.',
      zh: '浏览器存储未能及时打开：地图改用内存运行，您添加的内容在关闭页面后将丢失。',
    },
    blocked: {
      en: 'Another tab with an older Liushou Atlas holds your saved data: close it and reload. Until then what you add lasts until you close the page.',
      zh: '另一个打开旧版留守地图的标签页占用了已保存的数据：请关闭该标签页后刷新。在此之前，您添加的内容在关闭页面后将丢失。',
    },
    versionchange: {
      en: 'A newer Liushou Atlas opened in another tab: reload this one. What you add here now lasts until you close the page.',
      zh: '另一个标签页打开了更新版本的留守地图：请刷新本页。此后在本页添加的内容在关闭页面后将丢失。',
    },
    quota: {
      en: 'The browser’s storage for this site is full, so nothing was saved or changed. Remove a table under Your data, or free space in the browser, and try again.',
      zh: '此网站的浏览器存储已满，未保存也未更改任何内容。请在“我的数据”中删除表格或释放浏览器空间后重试。',
    },
    failed: {
      en: 'The browser could not save this, so nothing was changed. Try again, or export your data first.',
      zh: '浏览器无法保存，未更改任何内容。请重试，或先导出您的数据。',
    },
  }, // keyed by StorageProblem: src/app/storage/storageProblem.ts makes the compiler check every one has text
  storyLimitSlides: {
    en: (n: string) => `A story holds at most ${n} slides: delete one to add another.`,
    zh: (n: string) => `一个故事最多 ${n} 张幻灯片：请先删除一张再添加。`,
  },
  captionLimit: {
    en: (n: string) => `Captions stop at ${n} characters.`,
    zh: (n: string) => `说明最多 ${n} 个字符。`,
  },
  storyUnreadable: {
    en: 'Slides saved in this browser earlier could not be read. They are kept aside, not overwritten: download them to keep a copy.',
    zh: '此前保存在本浏览器中的幻灯片无法读取。它们已另行保留，不会被覆盖：请下载保留副本。',
  },
  downloadUnreadable: { en: 'Download the unreadable slides', zh: '下载无法读取的幻灯片' },
  linkTooLong: {
    en: (kb: string, max: string) => `This view is too large for a link (${kb} KB; links stop at ${max} KB, beyond which servers refuse them). Download it as a file instead and send that.`,
    zh: (kb: string, max: string) => `此视图过大，无法放入链接（${kb} KB；链接上限为 ${max} KB，超出后服务器会拒绝）。请下载为文件后发送。`,
  },
  storyTooLong: {
    en: (kb: string, max: string) => `This story is too large for a link (${kb} KB; links stop at ${max} KB). Download it as a file instead; it opens with “Open a story file”.`,
    zh: (kb: string, max: string) => `此故事过大，无法放入链接（${kb} KB；链接上限为 ${max} KB）。请下载为文件；可用“打开故事文件”打开。`,
  },
  downloadStory: { en: 'Download the story as a file', zh: '下载故事文件' },
  openStory: { en: 'Open a story file', zh: '打开故事文件' },
  storyFileUnreadable: {
    en: (name: string) => `“${name}” is not a Liushou Atlas story file; your slides are unchanged.`,
    zh: (name: string) => `“${name}”不是留守地图故事文件；您的幻灯片未更改。`,
  },
  tooManyTables: {
    en: (n: string, max: string) => `This link carries ${n} tables; only the first ${max} are offered, the rest were ignored.`,
    zh: (n: string, max: string) => `此链接携带了 ${n} 个表格；仅提供前 ${max} 个，其余已忽略。`,
  },
  reviewShared: {
    en: (n: string) => (n === '1' ? 'This link carries a table from someone’s own file, not checked by Liushou Atlas. Nothing changes until you add it:' : `This link carries ${n} tables from someone’s own files, not checked by Liushou Atlas. Nothing changes until you add them:`),
    zh: (n: string) => `此链接携带了 ${n} 个来自他人文件的表格，留守地图未核实。添加之前不会有任何改变：`,
  },
  sharedItem: {
    en: (name: string, file: string, values: string) => `“${name}”: ${values} values from “${file}”`,
    zh: (name: string, file: string, values: string) => `“${name}”：来自“${file}”的 ${values} 个数值`,
  },
  acceptShared: { en: 'Add to my data and show', zh: '添加到我的数据并显示' },
  declineShared: { en: 'Do not add', zh: '不添加' },
  sharedSaved: {
    en: (name: string) => `“${name}” is now under Your data in this browser, where you can remove it.`,
    zh: (name: string) => `“${name}”已保存在本浏览器的“我的数据”中，可在那里删除。`,
  },
  sharedNotSaved: {
    en: (name: string) => `“${name}” is shown for this visit only: it could not be saved in this browser.`,
    zh: (name: string) => `“${name}”仅在本次访问中显示：无法保存在本浏览器中。`,
  },
} as const;
