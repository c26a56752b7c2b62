// Colours as a reader sees them: the colour behind an element, and WCAG contrast ratios.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** A computed colour (`rgb(…)` or `rgba(…)`, commas or spaces) as numbers. */
export function parseColour(color: string): Rgba {
  const match = color.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?/);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  const [r, g, b] = match.slice(1, 4).map(Number);
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : Number(match[4]);
  return { r, g, b, a: alpha };
}

/** `top` drawn with `opacity` over the opaque colour `below`. */
export function over(top: Rgba, below: Rgba, opacity = 1): Rgba {
  const a = top.a * opacity;
  const mix = (upper: number, lower: number) => upper * a + lower * (1 - a);
  return { r: mix(top.r, below.r), g: mix(top.g, below.g), b: mix(top.b, below.b), a: 1 };
}

/** WCAG relative luminance: 0 for black, 1 for white. */
export function luminance({ r, g, b }: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrast(first: Rgba, second: Rgba): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour painted behind `element`: the backgrounds of it and its ancestors (through shadow roots), down to a white page. */
export function colourBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (
    let at: Element | null = element;
    at;
    at = at.parentElement ?? (at.parentNode as ShadowRoot | null)?.host ?? null
  ) {
    const layer = parseColour(getComputedStyle(at).backgroundColor);
    if (layer.a > 0) layers.push(layer);
    if (layer.a === 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), WHITE);
}

/** The text colour of `element` as drawn over what is behind it. */
export function textColour(element: Element): Rgba {
  return over(parseColour(getComputedStyle(element).color), colourBehind(element));
}

/** What a system colour (`Canvas`, `CanvasText`, `Highlight`…) is where `inside` is, in its colour scheme. */
export function systemColour(name: string, inside: Element): Rgba {
  const probe = document.createElement('span');
  probe.style.color = name;
  (inside.shadowRoot ?? inside).append(probe);
  try {
    return parseColour(getComputedStyle(probe).color);
  } finally {
    probe.remove();
  }
}

export const formatRatio = (ratio: number) => `${ratio.toFixed(2)}:1`;
