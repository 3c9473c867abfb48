import { effect, type ReadonlySignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Geometry } from '../geo/loadGeometry';
import { isUnitId, type UnitId } from '../geo/units';
import { MESSAGES } from '../i18n/messages';
import type { FeatureCollection } from 'geojson';
import type { Camera } from '../state/appState';
import { createMapAdapter, type MapAdapter, type MapView as MapViewData, type MarkerKind } from '../map/createMapAdapter';
import type { ViewModel } from '../view/buildViewModel';

export type MarkerHit = { kind: MarkerKind; id: string; x: number; y: number };

export interface HoverInfo {
  id: UnitId;
  x: number;
  y: number;
}

interface Props {
  vm: ReadonlySignal<ViewModel>;
  /** Units to keep at full strength while a legend class is hovered or focused; null = all. */
  highlight: ReadonlySignal<readonly string[] | null>;
  facilities: ReadonlySignal<FeatureCollection>;
  markers: ReadonlySignal<boolean>;
  programmes: FeatureCollection;
  onMarker(m: MarkerHit | null): void;
  camera: ReadonlySignal<Camera | null>;
  onCamera(c: Camera): void;
  /** Filled with the adapter's picture export while the map exists. */
  exporter: { current: MapAdapter['exportImage'] | null };
  geometry: Geometry;
  fontUrl: string | null;
  onHover(h: HoverInfo | null): void;
  onSelect(id: UnitId | null): void;
  onError(message: string): void;
}

/** The view model's slice the map needs; `highlight` (from the legend) dims every other unit. Pure. */
export function toMapView(
  vm: ViewModel,
  highlight: readonly string[] | null,
  facilities: FeatureCollection,
  markers: boolean,
  camera: Camera | null,
): MapViewData {
  const noData = new Set(vm.noDataIds);
  const lit = highlight ? new Set(highlight) : null;
  return {
    fills: Object.fromEntries(
      vm.regions.map((r) => [r.id, { fill: r.fill, noData: noData.has(r.id), dim: lit !== null && !lit.has(r.id) }]),
    ),
    selected: vm.selected?.region.id ?? null,
    lang: vm.lang,
    facilities,
    markers,
    camera,
  };
}

/** Hosts the map adapter: creates it once, feeds it views, removes it on unmount. */
export function MapView({ vm, highlight, facilities, markers, camera, programmes, geometry, fontUrl, onHover, onSelect, onError, onMarker, onCamera, exporter }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const adapter = useRef<MapAdapter | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const a = createMapAdapter(
      ref.current,
      { ...geometry, fontUrl, programmes },
      toMapView(vm.peek(), highlight.peek(), facilities.peek(), markers.peek(), camera.peek()),
      {
        onHover: (id, x, y) => onHover(id && isUnitId(id) ? { id, x, y } : null),
        onClick: (id) => onSelect(id && isUnitId(id) ? id : null),
        onError,
        onMarker,
        onCamera,
      },
    );
    adapter.current = a;
    exporter.current = a.exportImage;
    // Re-paint on every view-model or highlight change; the adapter diffs, so unchanged units cost nothing.
    const unsubscribe = effect(() => a.update(toMapView(vm.value, highlight.value, facilities.value, markers.value, camera.value)));
    return () => {
      unsubscribe();
      a.destroy();
      adapter.current = null;
      exporter.current = null;
    };
  }, [geometry]);

  const lang = vm.value.lang;
  return <div ref={ref} id="map" class="map" role="region" aria-label={MESSAGES.mapLabel[lang]} />;
}
