/**
 * The colours of the charts and the arithmetic on them: the NHS palette the charts draw with, the WCAG contrast
 * of two colours, the text colour to print on a fill, and the heatmap's colour scale.
 */

/** Dark text: every label, and the fill of the marks that carry meaning (the heatmap's corner triangle). */
export const TEXT = '#212B32';
/** Text of lesser weight: ring labels, axis ticks, notes. */
export const SECONDARY_TEXT = '#4C6272';
/** Gridlines. */
export const GRID = '#D8DDE0';
/** NHS blue: the first series of a radar chart and the bars of a barrier chart. */
export const NHS_BLUE = '#005EB8';

interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

function parseHex(hex: string): Rgb {
  return {
    r: Number.parseInt(hex.slice(1, 3), 16),
    g: Number.parseInt(hex.slice(3, 5), 16),
    b: Number.parseInt(hex.slice(5, 7), 16),
  };
}

/** The two upper-case hex digits of each channel value 0..255, made once: a heatmap of 2,000 rows mixes 32,000 colours. */
const HEX_PAIRS: readonly string[] = /* @__PURE__ */ Array.from({ length: 256 }, (_, value) => value.toString(16).padStart(2, '0').toUpperCase());

function toHex(colour: Rgb): string {
  const part = (value: number) => HEX_PAIRS[Math.round(Math.min(255, Math.max(0, value)))]!;
  return `#${part(colour.r)}${part(colour.g)}${part(colour.b)}`;
}

/** The channels of the few colours mixed (the heatmap's palette), each parsed once. */
const parsedColours = new Map<string, Rgb>();

function channelsOf(hex: string): Rgb {
  let colour = parsedColours.get(hex);
  if (colour === undefined) {
    colour = parseHex(hex);
    if (parsedColours.size >= 64) parsedColours.clear();
    parsedColours.set(hex, colour);
  }
  return colour;
}

function mix(from: string, to: string, t: number): string {
  const a = channelsOf(from);
  const b = channelsOf(to);
  return toHex({ r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t });
}

function luminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two colours. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The text colour (dark or white) with the higher contrast on a fill. */
export function textColourOn(fill: string): string {
  let colour = textColours.get(fill);
  if (colour === undefined) {
    colour = contrastRatio(fill, TEXT) >= contrastRatio(fill, '#FFFFFF') ? TEXT : '#FFFFFF';
    // A heatmap of 2,000 rows asks again and again for the same few hundred fills; the cache is bounded all the same.
    if (textColours.size >= 4096) textColours.clear();
    textColours.set(fill, colour);
  }
  return colour;
}

/** The text colour of each fill asked for so far (see {@link textColourOn}). */
const textColours = new Map<string, string>();

/**
 * The heatmap's colours. Every fill is light enough for dark text (#212B32) to reach a contrast of at
 * least 4.5:1, so the scale runs smoothly with no jump in lightness: below target, from a pale to a
 * strong orange as the shortfall grows; at or above target, from a pale to a strong blue as the surplus
 * grows. Without a target the scale runs from the pale to the strong blue.
 */
export const HEAT_COLOURS = {
  belowPale: '#FDEBD8',
  belowStrong: '#E8772E',
  abovePale: '#E4F0FA',
  aboveStrong: '#5B9BD8',
} as const;

/** The range a heatmap colour is read on: the scale's ends and, for a diverging scale, the target at its centre. */
export interface HeatScale {
  readonly min: number;
  readonly max: number;
  /** The centre of the diverging scale; null for a sequential scale from `min` to `max`. */
  readonly target: number | null;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Where a value sits on a heat scale, from −1 (at the bottom of the scale, furthest below target) through
 * 0 (at target) to 1 (at the top): each side is stretched over its own range, target to min and target
 * to max. A sequential scale (no target) runs from 0 (min) to 1 (max).
 */
export function heatPosition(value: number, scale: HeatScale): number {
  const { min, max, target } = scale;
  if (target === null) return max > min ? clamp01((value - min) / (max - min)) : 0;
  if (value < target) return target > min ? -clamp01((target - value) / (target - min)) : -1;
  return max > target ? clamp01((value - target) / (max - target)) : 0;
}

/**
 * The fill of a heatmap cell: orange below target, stronger with the shortfall; blue at or above target,
 * stronger with the surplus; a blue ramp from min to max when there is no target.
 */
export function heatColour(value: number, scale: HeatScale): string {
  const position = heatPosition(value, scale);
  const below = scale.target !== null && value < scale.target;
  return below ? mix(HEAT_COLOURS.belowPale, HEAT_COLOURS.belowStrong, -position) : mix(HEAT_COLOURS.abovePale, HEAT_COLOURS.aboveStrong, position);
}
