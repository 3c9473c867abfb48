import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Indicator } from '../data/indicator';
import type { Geometry } from '../geo/loadGeometry';
import { MESSAGES } from '../i18n/messages';
import type { Store } from '../state/createStore';
import type { ViewModel } from '../view/buildViewModel';
import { Controls } from './Controls';
import { Legend } from './Legend';
import { MapView, type HoverInfo } from './MapView';
import { Notices, type Notice } from './Notices';
import { ProvincePanel } from './ProvincePanel';
import { SourceLine } from './SourceLine';
import { Tooltip } from './Tooltip';

interface Props {
  store: Store;
  vm: ReadonlySignal<ViewModel>;
  indicators: readonly Indicator[];
  geometry: Geometry;
  fontUrl: string | null;
  initialNotices: Notice[];
}

/** Layout only: each part reads the view model and calls store actions. */
export function App({ store, vm, indicators, geometry, fontUrl, initialNotices }: Props) {
  const hover = useSignal<HoverInfo | null>(null);
  const notices = useSignal<Notice[]>(initialNotices);
  const v = vm.value;
  const lang = v.lang;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        store.select(null);
        hover.value = null;
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${MESSAGES.appTitle[lang]} · ${v.indicator.label[lang]}`;
  }, [lang, v.indicator]);

  return (
    <div class="app" data-lang={lang}>
      <header class="app-header">
        <h1>
          {MESSAGES.appTitle[lang]} <span class="app-title-alt">{MESSAGES.appTitle[lang === 'en' ? 'zh' : 'en']}</span>
        </h1>
        <Controls vm={v} indicators={indicators} store={store} />
      </header>
      <Notices notices={notices.value} lang={lang} onDismiss={() => (notices.value = [])} />
      <main class="app-main">
        <div class="map-wrap">
          <h2 class="map-title" id="map-title">
            {v.indicator.label[lang]}, {v.year}
            {v.indicator.derived && <span class="badge derived">{MESSAGES.derived[lang]}</span>}
            {v.lowAuthority && <span class="badge caution">⚠ {MESSAGES.lowAuthority[lang]}</span>}
          </h2>
          <MapView
            vm={vm}
            geometry={geometry}
            fontUrl={fontUrl}
            onHover={(h) => (hover.value = h)}
            onSelect={(id) => store.select(id)}
            onError={(message) => (notices.value = [...notices.value, { kind: 'error', message }])}
          />
          {hover.value && <Tooltip vm={v} hover={hover.value} />}
          <Legend vm={v} />
        </div>
        <ProvincePanel vm={v} onClose={() => store.select(null)} />
      </main>
      <SourceLine vm={v} />
    </div>
  );
}
