/** Messages of the classroom and shared links (issue #16); spread into MESSAGES as `classroom`. */
export const CLASSROOM_MESSAGES = {
  /** Share, when the page's own address cannot reach students' phones. */
  reach: {
    loopback: {
      en: 'Phones and other computers cannot open this link or its QR code: it points to this computer (localhost). To share with a class, serve the atlas on the network with “npm start -- --host” and open the “Network” address it prints, then share from there.',
      zh: '手机和其他电脑无法打开此链接或二维码：它指向本机（localhost）。若要与全班共享，请用“npm start -- --host”在网络上提供本地图，打开其显示的“Network”地址，再从那里共享。',
    },
    private: {
      en: 'This link opens only on devices on the same network as this computer (for example the school Wi-Fi): phones on mobile data cannot open it.',
      zh: '此链接只能在与本机处于同一网络（例如学校无线网络）的设备上打开：使用移动数据的手机无法打开。',
    },
  },
  /** The map title's year, after the indicator's name ("…, 2020"; "…，2020年"). */
  titleYear: { en: (year: string) => `, ${year}`, zh: (year: string) => `，${year}年` },
  /** The year control's Play/Pause, for indicators with more than two years. */
  play: { en: 'Play', zh: '播放' },
  pause: { en: 'Pause', zh: '暂停' },
  playLabel: { en: 'Play through the years', zh: '逐年播放' },
  /** Facility legend while presenting: markers that would cover a province name are left out. */
  markersUnderLabels: {
    en: 'While presenting, markers that would cover a province name are left out; the Gaps table counts every facility.',
    zh: '演示时，会遮住省名的标记不显示；缺口表格计入全部设施。',
  },
} as const;
