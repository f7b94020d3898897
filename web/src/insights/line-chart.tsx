import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: Array<number | null>;
  color: string;
  /** Dash and gap lengths: a line told apart from a solid one of the same colour. */
  dash?: number[];
}

// Tick steps: months are whole, and so are counts and minutes (a tick at 2.5 incidents says nothing).
const wholeSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000];

/**
 * A line chart of values per month, drawn with uPlot under its `title`. It is a picture only (hidden from screen
 * readers): the table beside it carries the same numbers.
 */
export function LineChart({
  title,
  months,
  series,
  unit,
}: {
  title: string;
  months: readonly string[];
  series: readonly ChartSeries[];
  unit: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = Math.max(320, Math.min(900, element.clientWidth || 640));
    const chart = new uPlot(
      {
        title,
        width,
        height: 240,
        // One month alone is a point in the middle, with its one label, not a range of unlabelled grid lines.
        scales: {
          x: { time: false, range: (_, min, max) => (min === max ? [min - 0.5, max + 0.5] : [min, max]) },
        },
        axes: [
          { values: (_, ticks) => ticks.map((tick) => months[tick] ?? ''), incrs: wholeSteps },
          { label: unit, size: 60, incrs: wholeSteps },
        ],
        series: [
          { label: 'Month', value: (_, tick) => months[tick] ?? '' },
          ...series.map((entry) => ({
            label: entry.label,
            stroke: entry.color,
            ...(entry.dash ? { dash: entry.dash } : {}),
            width: 2,
            points: { show: true },
          })),
        ],
      },
      [months.map((_, index) => index), ...series.map((entry) => entry.values)],
      element,
    );
    return () => chart.destroy();
  }, [title, months, series, unit]);
  return <div className="chart" ref={box} aria-hidden="true" />;
}
