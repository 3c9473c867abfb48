import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { REGION_PICTURE_MESSAGES as P } from '../i18n/regionPictureMessages';
import { derivationBadge, type LegendEntry, type SourceRef, type ViewModel } from '../view/buildViewModel';
import { nationalLineText } from '../view/buildNationalView';
import { formatNumber } from '../view/formatValue';
import { dateText, publisherText, titleText } from '../view/publisherText';

/** One legend row of the picture: the swatch's colour (hatched when `noData`), label and count. */
export interface CaptionEntry {
  label: string;
  color: string;
  count: number;
  noData: boolean;
}

/** What a footer paragraph is, so the PNG's text chunks can gather the sources and boundaries. */
export type FooterKind = 'definition' | 'national' | 'sources' | 'boundaries' | 'exported';

/**
 * Every word the exported picture carries, from the view the screen shows: for provinces, or for
 * a planner's region set when one is shown (its indicator, its classes, the census or tables behind
 * it, and the boundary file). composePicture draws this; the PNG carries it as text too.
 */
export interface PictureCaption {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: CaptionEntry[];
  /** Under the legend: the classification note, then (regions) the view's notes (unmatched codes, a fallback). */
  notes: string[];
  /** The SYNTHETIC warning when the view shows demonstration data; null otherwise. */
  synthetic: string | null;
  /** Footer paragraphs in order, each wrapped to at most `lines` lines. */
  footer: Array<{ kind: FooterKind; text: string; lines: number }>;
  /** The indicator's English label, for an ASCII-safe file name. */
  fileLabel: string;
}

export interface CaptionOptions {
  /** The provinces' classification note (classificationNote); a region set's is made here. */
  note: string;
  synthetic: boolean;
  /** YYYY-MM-DD. */
  date: string;
  link: string;
}

const entries = (legend: ReadonlyArray<LegendEntry<string>>): CaptionEntry[] => legend.map((e) => ({ label: e.label, color: e.color, count: e.count, noData: e.noData }));

/** ", 2020" / "，2020年": as the page's map title has it. */
const yearText = (year: number, lang: Lang) => MESSAGES.classroom.titleYear[lang](String(year));

const legendTitle = (unit: string, lang: Lang) => `${MESSAGES.legend[lang]}${unit ? (lang === 'zh' ? `（${unit}）` : ` (${unit})`) : ''}`;

function sourcesText(sources: readonly SourceRef[], lang: Lang): string {
  const list = sources.map((s) => `${publisherText(s.source, lang, s.id)}, ${titleText(s.source, lang, s.id)}, ${dateText(s.source, lang, s.id)}`).join('; ');
  return `${MESSAGES.source[lang]}: ${list}`;
}

/** The picture's words for the view model `vm` in `lang`. Pure. */
export function pictureCaption(vm: ViewModel, lang: Lang, opts: CaptionOptions): PictureCaption {
  const appLine = `${MESSAGES.appTitle.en} · ${MESSAGES.appTitle.zh}`;
  const synthetic = opts.synthetic ? MESSAGES.facilities.syntheticWarning[lang] : null;
  const exported = { kind: 'exported' as const, text: `${MESSAGES.story.exported[lang](opts.date)} · ${opts.link}`, lines: 1 };
  const rv = vm.regionSet;
  if (rv) {
    // A region set: its own indicator and classes (never the provinces' scale), the census or
    // joined tables behind it, and the user's boundary file beside the provinces' boundary note.
    const { indicator } = rv;
    const c = rv.classification;
    const n = formatNumber(rv.rows.length, lang);
    return {
      title: indicator ? `${indicator.label[lang]}${rv.year !== null ? yearText(rv.year, lang) : ''}` : rv.title,
      subtitle: [appLine, P.regionsLine[lang](rv.fileName, n), indicator?.derived ? MESSAGES.derived[lang] : null].filter(Boolean).join(' · '),
      legendTitle: legendTitle(indicator?.unit[lang] ?? '', lang),
      legend: entries(rv.legend),
      notes: [...(indicator && c.bins.length > 0 ? [MESSAGES.regionView.classNote[lang](MESSAGES.classing.methods[c.method][lang], String(c.bins.length))] : []), ...rv.notes],
      synthetic,
      footer: [
        ...(indicator ? [{ kind: 'definition' as const, text: indicator.definition[lang], lines: 2 }] : []),
        ...(rv.sources.length > 0 ? [{ kind: 'sources' as const, text: sourcesText(rv.sources, lang), lines: 3 }] : []),
        { kind: 'boundaries', text: MESSAGES.regionView.fromFile[lang](rv.fileName, rv.importedAt.slice(0, 10)), lines: 2 },
        { kind: 'boundaries', text: MESSAGES.boundaryNote[lang], lines: 1 },
        exported,
      ],
      fileLabel: indicator?.label.en ?? rv.fileName,
    };
  }
  const badge = derivationBadge(vm);
  return {
    title: `${vm.indicator.label[lang]}${vm.year ? yearText(vm.year, lang) : ''}`,
    subtitle: `${appLine}${badge ? ` · ${badge[lang]}` : ''}`,
    legendTitle: legendTitle(vm.indicator.unit[lang], lang),
    legend: entries(vm.legend),
    notes: [opts.note],
    synthetic,
    footer: [
      { kind: 'definition', text: vm.indicator.definition[lang], lines: 2 },
      // The national frame (#19): each definition's national total, never added up.
      { kind: 'national', text: nationalLineText(vm.national, lang), lines: 2 },
      { kind: 'sources', text: sourcesText(vm.sources, lang), lines: 3 },
      { kind: 'boundaries', text: MESSAGES.boundaryNote[lang], lines: 1 },
      exported,
    ],
    fileLabel: vm.indicator.label.en,
  };
}

/**
 * The caption as PNG text chunks (keywords from the PNG specification): a file viewer, a screen
 * reader's image description or a test reads what the picture says without reading its pixels.
 */
export function captionText(c: PictureCaption): Record<string, string> {
  const of = (...kinds: FooterKind[]) => c.footer.filter((f) => kinds.includes(f.kind)).map((f) => f.text);
  return {
    Title: c.title,
    Description: [c.legendTitle, ...c.legend.map((e) => `${e.label}: ${e.count}`), ...c.notes, ...(c.synthetic ? [c.synthetic] : []), ...of('definition', 'national')].join('\n'),
    Source: of('sources', 'boundaries').join('\n'),
    Comment: of('exported').join('\n'),
  };
}
