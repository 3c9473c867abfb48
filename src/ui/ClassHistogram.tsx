import { scaleLinear, scaleLog } from 'd3-scale';
import { MESSAGES } from '../i18n/messages';
import type { ViewModel } from '../view/buildViewModel';
import { formatValue } from '../view/formatValue';

const W = 280;
const H = 80;
const PAD = 8;
const R = 3.5;

/**
 * A dot strip: one dot per unit with data, in its class colour, with the breaks drawn as lines, so
 * viewers see what the classification method did to the values. Reads the same Classification as
 * the map and legend.
 */
export function ClassHistogram({ vm }: { vm: ViewModel }) {
  const { classification: c, lang, indicator } = vm;
  const dots = vm.regions.filter((r) => r.datum !== null);
  if (dots.length === 0 || c.bins.length === 0) return null;
  const values = dots.map((r) => r.datum!.value);
  const lo = Math.min(...values, ...c.thresholds.filter((t) => t >= Math.min(...values)));
  const hi = Math.max(...values);
  const useLog = vm.classOptions.log && lo > 0 && c.kind !== 'categorical';
  const x = (useLog ? scaleLog() : scaleLinear()).domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([PAD, W - PAD]);

  // Stack dots that would overlap (2R apart) upwards from the baseline.
  const placed: Array<{ cx: number; cy: number; r: (typeof dots)[number] }> = [];
  for (const r of [...dots].sort((a, b) => a.datum!.value - b.datum!.value)) {
    const cx = x(r.datum!.value);
    let level = 0;
    while (placed.some((p) => Math.abs(p.cx - cx) < 2 * R && p.cy === H - 26 - level * 2 * R)) level++;
    placed.push({ cx, cy: H - 26 - level * 2 * R, r });
  }
  const selected = vm.selected?.region.id;
  const label = MESSAGES.histogramLabel[lang](
    String(dots.length),
    formatValue(lo, indicator, lang, true),
    formatValue(hi, indicator, lang, true),
    c.thresholds.map((t) => formatValue(t, indicator, lang, true)).join(', ') || '–',
  );
  return (
    <svg class="histogram" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-breaks={c.thresholds.length}>
      <title>{label}</title>
      <line x1={PAD} x2={W - PAD} y1={H - 22} y2={H - 22} class="axis" />
      {c.kind !== 'categorical' &&
        c.thresholds.map((t, i) => <line key={i} class="break" x1={x(t)} x2={x(t)} y1={4} y2={H - 18} data-break={t} />)}
      {placed.map(({ cx, cy, r }) => (
        <circle
          key={r.id}
          cx={cx}
          cy={cy}
          r={r.id === selected ? R + 1.5 : R}
          fill={r.fill}
          class={r.id === selected ? 'dot selected' : 'dot'}
          data-unit={r.id}
        >
          <title>
            {lang === 'zh' ? r.unit.zh : r.unit.en}: {formatValue(r.datum!.value, indicator, lang)}
          </title>
        </circle>
      ))}
      <text x={PAD} y={H - 1} class="tick">
        {formatValue(lo, indicator, lang, true)}
      </text>
      <text x={W - PAD} y={H - 1} class="tick end">
        {formatValue(hi, indicator, lang, true)}
      </text>
    </svg>
  );
}
