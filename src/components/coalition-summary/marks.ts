/**
 * The troops' marks as SVG path data (one dot a country, 7 px across as a 1.5 px ring, 9 px apart, in
 * tens 15 px apart, three tens a row), for the widget and its published image alike. The drawing's
 * size keeps 2 px to spare around the dots: Firefox measures a scaled path a little past its stroke.
 */
export const marksWidth = (total: number) => Math.min(3, Math.ceil(total / 10)) * 96 - 4;
export const marksHeight = (total: number) => Math.ceil(total / 30) * 12 - 1;

/** The circles of the dots from `from` to `to`, for a viewBox starting at -2 -2. */
export function markDots(from: number, to: number) {
  let path = '';
  for (let index = from; index < to; index++) {
    const ten = Math.floor(index / 10);
    const x = (ten % 3) * 96 + (index % 10) * 9 + 0.75;
    path += `M${x} ${Math.floor(ten / 3) * 12 + 3.5}a2.75 2.75 0 0 0 5.5 0a2.75 2.75 0 0 0-5.5 0`;
  }
  return path;
}
