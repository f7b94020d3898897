/**
 * A label cut to the room it has on the chart, with an ellipsis, so a narrow phase's name does not run under the
 * next band. Characters are taken as 0.6 of the font size wide (a little over an average sans-serif letter), so a
 * cut label always fits; a band with room for fewer than four characters gets no label (the chart's title and the
 * table name every phase).
 */
export function fitLabel(label: string, room: number, fontSize: number): string {
  const fits = Math.floor(room / (fontSize * 0.6));
  if (label.length <= fits) return label;
  if (fits < 4) return '';
  return `${label.slice(0, fits - 1).trimEnd()}…`;
}
