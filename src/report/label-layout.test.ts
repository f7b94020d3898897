import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LabelRequest, layoutLabels, type PlacedLabel, textWidth } from './label-layout.js';

const bounds = { minX: 0, maxX: 960, gap: 6 };

function clashes(labels: readonly PlacedLabel[], gap: number): number {
  let count = 0;
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) {
      if (a.lane !== b.lane) continue;
      if (a.left + a.width + gap > b.left && b.left + b.width + gap > a.left) count++;
    }
  });
  return count;
}

describe('label layout', () => {
  it('keeps labels that have room on one lane', () => {
    const placed = layoutLabels(
      [
        { text: 'impact 12:00', x: 100, align: 'middle' },
        { text: 'resolved 13:05', x: 800, align: 'middle' },
      ],
      bounds,
    );
    expect(placed.map((label) => label.lane)).toEqual([0, 0]);
  });

  it('spreads labels at the same place side by side, in their given order, around that place', () => {
    const labels: LabelRequest[] = ['impact', 'detected', 'ack'].map((text) => ({
      text,
      x: 400,
      align: 'middle',
    }));
    const placed = layoutLabels(labels, bounds);
    expect(placed.map((label) => label.lane)).toEqual([0, 0, 0]);
    expect(placed[0]!.left).toBeLessThan(placed[1]!.left);
    expect(placed[1]!.left).toBeLessThan(placed[2]!.left);
    const middle = (placed[0]!.left + placed[2]!.left + placed[2]!.width) / 2;
    expect(Math.abs(middle - 400)).toBeLessThan(20);
  });

  it('uses a second lane only when one row cannot hold the labels', () => {
    const text = 'a label of some fifty characters, give or take a few';
    const placed = layoutLabels(
      [0, 1, 2, 3].map((i) => ({ text: `${text} ${i}`, x: 480, align: 'middle' })),
      bounds,
    );
    expect(new Set(placed.map((label) => label.lane))).toEqual(new Set([0, 1]));
  });

  it('pulls a label at the edge inside the bounds', () => {
    const [placed] = layoutLabels([{ text: 'resolved 13:05:00', x: 958, align: 'middle' }], bounds);
    expect(placed!.left + placed!.width).toBeLessThanOrEqual(960);
  });

  it('estimates text generously, at least half an em a character', () => {
    for (const text of ['detected 12:07:10', '← 3 earlier events, from 2 days before the incident', 'MMMM']) {
      expect(textWidth(text, 11)).toBeGreaterThanOrEqual(text.length * 5.5);
    }
  });

  it('never lets two labels on a lane come closer than the gap', () => {
    const label = fc.record({
      text: fc.string({ minLength: 1, maxLength: 40 }),
      x: fc.double({ min: -50, max: 1010, noNaN: true }),
      align: fc.constantFrom('start' as const, 'middle' as const, 'end' as const),
    });
    fc.assert(
      fc.property(fc.array(label, { maxLength: 20 }), (labels) => {
        const placed = layoutLabels(labels, bounds);
        expect(placed).toHaveLength(labels.length);
        expect(clashes(placed, bounds.gap)).toBe(0);
        for (const p of placed) {
          expect(p.left).toBeGreaterThanOrEqual(0);
          if (p.width <= 960) expect(p.left + p.width).toBeLessThanOrEqual(960);
        }
      }),
    );
  });
});
