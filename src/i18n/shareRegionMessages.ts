import type { Lang } from './lang';

/** The Share dialog on a region view (#15): what the link cannot carry, and what to send with it. */
export const SHARE_REGION_MESSAGES = {
  needsFile: {
    en: (file: string) =>
      `The regions come from your file “${file}”, which stays in this browser. Whoever opens the link is asked for that file: send it with the link, or download a bundle, which carries it. “Download CSV” writes the region table.`,
    zh: (file: string) => `这些区域来自您的文件“${file}”，它只保存在本浏览器中。打开链接的人会被要求提供该文件：请将它与链接一并发送，或下载数据包（其中包含该文件）。“下载 CSV”会导出区域表格。`,
  } as Record<Lang, (file: string) => string>,
};
