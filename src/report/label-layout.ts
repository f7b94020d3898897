/** A text label that wants to sit at `x`, aligned to it like SVG's `text-anchor`. */
export interface LabelRequest {
  text: string;
  x: number;
  align: 'start' | 'middle' | 'end';
}

/** Where a label went: its lane (0 is the first row) and its box, left edge plus width. */
export interface PlacedLabel extends LabelRequest {
  lane: number;
  left: number;
  width: number;
}

// Em fractions per character, rounded up from DejaVu Sans (the usual sans-serif where Chromium prints PDFs on
// Linux, and wider than Segoe UI or Roboto): the SVG is drawn without a browser to measure text, so an estimate
// that errs wide keeps real labels from touching.
const narrow = new Set([..." .,:;'!|()[]ijlrtfI"]);
const wide = new Set([...'mwMW@%']);

/** An approximate width in px of `text` at `fontSize`, on the generous side. */
export function textWidth(text: string, fontSize = 11): number {
  let ems = 0;
  for (const char of text) {
    if (narrow.has(char)) ems += 0.42;
    else if (wide.has(char) || char.charCodeAt(0) > 127) ems += 1;
    else if (char >= 'A' && char <= 'Z') ems += 0.8;
    else ems += 0.65;
  }
  return Math.ceil(ems * fontSize);
}

interface Item {
  index: number;
  wanted: number;
  width: number;
}

interface Block {
  items: Item[];
  left: number;
  width: number;
}

/**
 * Places labels so no two boxes come within `gap` px, kept within [minX, maxX]. Labels stay in one row, in the
 * order of their x, each moved as little as it can be: labels that would collide are packed side by side and
 * the group centred on where its members want to be. So leader lines drawn down from each label to its x never
 * cross each other or another label. Only when one row cannot hold them all are they dealt out over more lanes
 * (lane 0 is the first). A single label wider than the bounds starts at minX.
 */
export function layoutLabels(
  labels: readonly LabelRequest[],
  bounds: { minX: number; maxX: number; gap?: number },
  fontSize = 11,
): PlacedLabel[] {
  const gap = bounds.gap ?? 4;
  const items = labels
    .map((label, index) => {
      const width = textWidth(label.text, fontSize);
      const wanted =
        label.align === 'start' ? label.x : label.align === 'end' ? label.x - width : label.x - width / 2;
      return { index, wanted, width };
    })
    .sort((a, b) => labels[a.index]!.x - labels[b.index]!.x);
  const placed = new Array<PlacedLabel>(labels.length);
  for (let lanes = 1; lanes <= Math.max(1, items.length); lanes++) {
    const rows = Array.from({ length: lanes }, (_, lane) => items.filter((_, i) => i % lanes === lane));
    const lefts = rows.map((row) => packRow(row, bounds.minX, bounds.maxX, gap));
    if (lefts.some((row) => row === undefined)) continue;
    rows.forEach((row, lane) => {
      row.forEach((item, i) => {
        placed[item.index] = { ...labels[item.index]!, lane, left: lefts[lane]![i]!, width: item.width };
      });
    });
    break;
  }
  return placed;
}

/** The left edge of each item in one row, or undefined when the row cannot hold them. */
function packRow(items: readonly Item[], minX: number, maxX: number, gap: number): number[] | undefined {
  const blocks: Block[] = [];
  for (const item of items) {
    let block: Block = { items: [item], left: 0, width: item.width };
    block.left = bestLeft(block, minX, maxX, gap);
    let previous = blocks.at(-1);
    while (previous && previous.left + previous.width + gap > block.left) {
      blocks.pop();
      block = {
        items: [...previous.items, ...block.items],
        left: 0,
        width: previous.width + gap + block.width,
      };
      block.left = bestLeft(block, minX, maxX, gap);
      previous = blocks.at(-1);
    }
    blocks.push(block);
  }
  if (blocks.some((block) => block.items.length > 1 && block.width > maxX - minX)) return undefined;
  return blocks.flatMap((block) => {
    let left = block.left;
    return block.items.map((item) => {
      const at = left;
      left += item.width + gap;
      return at;
    });
  });
}

/**
 * Where a packed group sits: the mean of where each member wants its group to start, which puts the group
 * closest to all of them, within bounds. Half-pixel steps keep the sums exact, so packed neighbours touch at
 * exactly `gap`.
 */
function bestLeft(block: Block, minX: number, maxX: number, gap: number): number {
  let offset = 0;
  let sum = 0;
  for (const item of block.items) {
    sum += item.wanted - offset;
    offset += item.width + gap;
  }
  const mean = Math.round((sum / block.items.length) * 2) / 2;
  return Math.max(minX, Math.min(mean, maxX - block.width));
}

/** The x at which to draw a placed label with its own `text-anchor`, so a clamped label stays inside its box. */
export function anchorX(label: PlacedLabel): number {
  if (label.align === 'start') return label.left;
  if (label.align === 'end') return label.left + label.width;
  return label.left + label.width / 2;
}
