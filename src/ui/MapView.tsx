import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Geometry } from '../geo/loadGeometry';
import { isUnitId, type UnitId } from '../geo/units';
import { MESSAGES } from '../i18n/messages';
import { createMapAdapter, type MapAdapter, type MapView as MapViewData } from '../map/createMapAdapter';
import type { ViewModel } from '../view/buildViewModel';

export interface HoverInfo {
  id: UnitId;
  x: number;
  y: number;
}

interface Props {
  vm: ReadonlySignal<ViewModel>;
  geometry: Geometry;
  fontUrl: string | null;
  onHover(h: HoverInfo | null): void;
  onSelect(id: UnitId | null): void;
  onError(message: string): void;
}

/** The view model's slice the map needs; pure. */
export function toMapView(vm: ViewModel): MapViewData {
  const noData = new Set(vm.noDataIds);
  return {
    fills: Object.fromEntries(vm.regions.map((r) => [r.id, { fill: r.fill, noData: noData.has(r.id) }])),
    selected: vm.selected?.region.id ?? null,
    lang: vm.lang,
  };
}

/** Hosts the map adapter: creates it once, feeds it views, removes it on unmount. */
export function MapView({ vm, geometry, fontUrl, onHover, onSelect, onError }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const adapter = useRef<MapAdapter | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const a = createMapAdapter(
      ref.current,
      { ...geometry, fontUrl },
      toMapView(vm.peek()),
      {
        onHover: (id, x, y) => onHover(id && isUnitId(id) ? { id, x, y } : null),
        onClick: (id) => onSelect(id && isUnitId(id) ? id : null),
        onError,
      },
    );
    adapter.current = a;
    // Re-paint on every view-model change; the adapter diffs, so unchanged units cost nothing.
    const unsubscribe = vm.subscribe((v) => a.update(toMapView(v)));
    return () => {
      unsubscribe();
      a.destroy();
      adapter.current = null;
    };
  }, [geometry]);

  const lang = vm.value.lang;
  return <div ref={ref} id="map" class="map" role="region" aria-label={MESSAGES.mapLabel[lang]} />;
}
