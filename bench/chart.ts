/**
 * The scaling chart of bench/README.md: time and memory against the number of answers, on log–log axes, with a
 * dotted line of slope 1 through each series' first point, where linear growth would put the later points. Written
 * as plain SVG text (no dependency), by `npm run bench -- --chart bench/scaling.svg`.
 */

/** One size of the scaling table. */
export interface ScalingPoint {
  readonly factor: number;
  readonly answers: number;
  /** Medians, ms. */
  readonly scoreMs: number;
  readonly csvMs: number;
  /** Peak RSS less the RSS before the timed work, MiB: the memory the work itself took. */
  readonly scoreMiB: number;
  readonly csvMiB: number;
}

interface Series {
  readonly label: string;
  readonly colour: string;
  readonly values: readonly number[];
}

const WIDTH = 360;
const HEIGHT = 260;
const MARGIN = { left: 58, right: 12, top: 30, bottom: 44 };

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Powers of ten (and their 2 and 5 multiples) between low and high, for the ticks of a log axis. */
function ticks(low: number, high: number): number[] {
  const out: number[] = [];
  for (let power = Math.floor(Math.log10(low)); power <= Math.ceil(Math.log10(high)); power++) {
    for (const step of [1, 2, 5]) {
      const value = step * 10 ** power;
      if (value >= low && value <= high) out.push(value);
    }
  }
  return out;
}

/** A number in a few characters: 67.2k, 1.08M, 4.3M. */
function label(value: number): string {
  if (value >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`;
  if (value >= 1e3) return `${Number((value / 1e3).toPrecision(3))}k`;
  return String(value);
}

/** One log–log panel, placed at x offset `left`. */
function panel(left: number, title: string, unit: string, answers: readonly number[], series: readonly Series[]): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const all = series.flatMap((line) => line.values);
  const xLow = answers[0]! / 1.3;
  const xHigh = answers[answers.length - 1]! * 1.3;
  const yLow = Math.min(...all) / 1.6;
  const yHigh = Math.max(...all) * 1.6;
  const x = (value: number) => left + MARGIN.left + ((Math.log(value) - Math.log(xLow)) / (Math.log(xHigh) - Math.log(xLow))) * plotWidth;
  const y = (value: number) => MARGIN.top + plotHeight - ((Math.log(value) - Math.log(yLow)) / (Math.log(yHigh) - Math.log(yLow))) * plotHeight;
  const parts: string[] = [];
  // The lines are clipped to the plot: a dotted line of linear growth may leave it.
  const clip = `plot-${left}`;
  parts.push(`<clipPath id="${clip}"><rect x="${left + MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}"/></clipPath>`);
  parts.push(`<text x="${left + WIDTH / 2}" y="18" text-anchor="middle" font-weight="bold">${escape(title)}</text>`);
  parts.push(`<rect x="${left + MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#888"/>`);
  for (const value of ticks(yLow, yHigh)) {
    parts.push(`<line x1="${left + MARGIN.left}" x2="${left + MARGIN.left + plotWidth}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" stroke="#eee"/>`);
    parts.push(`<text x="${left + MARGIN.left - 4}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end">${label(value)}</text>`);
  }
  for (const value of answers) {
    parts.push(`<text x="${x(value).toFixed(1)}" y="${MARGIN.top + plotHeight + 14}" text-anchor="middle">${label(value)}</text>`);
  }
  parts.push(`<text x="${left + MARGIN.left + plotWidth / 2}" y="${HEIGHT - 10}" text-anchor="middle">answers (log scale)</text>`);
  parts.push(`<text transform="translate(${left + 14} ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${escape(unit)} (log scale)</text>`);
  series.forEach((line, s) => {
    const first = line.values[0]!;
    // Linear growth from the first point: value × answers / first answers.
    const linear = answers.map((count) => first * (count / answers[0]!));
    parts.push(
      `<polyline clip-path="url(#${clip})" fill="none" stroke="${line.colour}" stroke-dasharray="2 3" points="${answers.map((count, k) => `${x(count).toFixed(1)},${y(linear[k]!).toFixed(1)}`).join(' ')}"/>`,
    );
    parts.push(
      `<polyline fill="none" stroke="${line.colour}" stroke-width="2" points="${answers.map((count, k) => `${x(count).toFixed(1)},${y(line.values[k]!).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const [k, count] of answers.entries()) {
      parts.push(`<circle cx="${x(count).toFixed(1)}" cy="${y(line.values[k]!).toFixed(1)}" r="3" fill="${line.colour}"/>`);
    }
    parts.push(`<text x="${left + MARGIN.left + 6}" y="${MARGIN.top + 14 + s * 14}" fill="${line.colour}">${escape(line.label)}</text>`);
  });
  return parts.join('\n');
}

/** The SVG text of the chart: time on the left, memory on the right. */
export function scalingChart(points: readonly ScalingPoint[]): string {
  const answers = points.map((point) => point.answers);
  const time = panel(0, 'Time (median)', 'ms', answers, [
    { label: 'scoreAnswers', colour: '#1f6fb4', values: points.map((point) => point.scoreMs) },
    { label: 'CSV → national position', colour: '#c0392b', values: points.map((point) => point.csvMs) },
  ]);
  const memory = panel(WIDTH, 'Memory (peak RSS − RSS before)', 'MiB', answers, [
    { label: 'scoreAnswers', colour: '#1f6fb4', values: points.map((point) => Math.max(point.scoreMiB, 0.1)) },
    { label: 'CSV → national position', colour: '#c0392b', values: points.map((point) => Math.max(point.csvMiB, 0.1)) },
  ]);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * 2}" height="${HEIGHT}" viewBox="0 0 ${WIDTH * 2} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
    '<title>Time and memory against the number of answers: 1, 4, 16 and 64 times the national size; dotted lines show linear growth from the first point</title>',
    '<rect width="100%" height="100%" fill="white"/>',
    time,
    memory,
    '</svg>',
    '',
  ].join('\n');
}
