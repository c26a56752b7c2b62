// What a reader sees of a widget: its text, whether something is visible, its parts. One way each,
// for widgets rendered in the test page and for widgets on a page loaded into an iframe.

export interface ReadingOptions {
  /**
   * Hidden text to read as well. Without it, only what a sighted reader sees: text that is laid
   * out and not hidden from the eye.
   * - `'visually-hidden'`: also text laid out for screen readers only (the `.visually-hidden`
   *   pattern: clipped to a pixel).
   * - `'all'`: every text in the flat tree, shown or not (`display: none`, `visibility: hidden`,
   *   `opacity: 0`, a closed `<details>`), as `textContent` has it: for "it says this nowhere".
   */
  alsoHidden?: 'visually-hidden' | 'all';
}

/**
 * The text a reader sees in `target`, white space collapsed. Read like `innerText` (only what is
 * laid out, in its CSS `text-transform`, blocks apart, no `::before`/`::after` content; nor, unlike
 * innerText, what is transparent or visually hidden), but through the flat tree: into shadow roots, and through each `<slot>` to what is assigned to it
 * (or its fallback content). '' for a missing target.
 *
 * For the exact characters the DOM holds (what a copy button copies, what a feed reader gets from
 * the markup), read that node's `textContent` instead: that is data, not what a reader sees.
 */
export function shownText(target: Element | ShadowRoot | Document | null | undefined, options: ReadingOptions = {}) {
  if (!target) return '';
  const pieces: string[] = [];
  const start = isDocument(target) ? target.body : target;
  if (start) readInto(pieces, start, options.alsoHidden);
  return pieces.join('').replace(/\s+/g, ' ').trim();
}

function readInto(pieces: string[], node: Node, alsoHidden: ReadingOptions['alsoHidden']): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const holder = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host;
    if (!holder) return void pieces.push((node as Text).data);
    const style = styleOf(holder);
    if (alsoHidden !== 'all' && style.visibility !== 'visible') return;
    pieces.push(transformed((node as Text).data, style.textTransform));
    return;
  }
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
    for (const child of node.childNodes) readInto(pieces, child, alsoHidden);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  if (['style', 'script', 'template', 'noscript'].includes(element.localName)) return;

  const style = styleOf(element);
  const contents = style.display === 'contents';
  if (alsoHidden !== 'all') {
    if (style.display === 'none' || (!contents && !element.checkVisibility({ opacityProperty: true }))) return;
    if (alsoHidden !== 'visually-hidden' && isVisuallyHidden(style)) return;
  }
  // Blocks (and flex or grid items, which are blockified) stand apart from the text around them.
  const apart = element.localName === 'br' || (!contents && !style.display.startsWith('inline'));
  if (apart) pieces.push(' ');
  const children =
    element.localName === 'slot'
      ? (element as HTMLSlotElement).assignedNodes({ flatten: true })
      : (element.shadowRoot ?? element).childNodes;
  for (const child of children) readInto(pieces, child, alsoHidden);
  if (apart) pieces.push(' ');
}

function transformed(text: string, transform: string): string {
  if (transform === 'uppercase') return text.toUpperCase();
  if (transform === 'lowercase') return text.toLowerCase();
  if (transform === 'capitalize')
    return text.replace(
      /(^|[\s-])(\p{L})/gu,
      (_: string, before: string, letter: string) => before + letter.toUpperCase(),
    );
  return text;
}

/**
 * Whether a reader can see `element`: it is laid out with a box of some size, and neither it nor
 * an ancestor is `visibility: hidden`, transparent, in a closed `<details>`, or visually hidden
 * (clipped to a pixel for screen readers only).
 */
export function isVisible(element: Element | null | undefined): boolean {
  if (!element) return false;
  const visible = element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  if (!visible || hiddenFromTheEye(element)) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** The element of `host`'s shadow root that carries `name` among its part names, or null. */
export function part<T extends Element = HTMLElement>(host: Element | null | undefined, name: string): T | null {
  return host?.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** Every element under `root`, in light DOM and in every open shadow root below it (and root's own). */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (isElement(root) && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/**
 * Elements as short strings (`<time datetime="…">`), for assertions: a failing assertion that holds
 * a DOM node makes the test runner hang while it serializes the node, so never pass nodes to expect().
 */
export function tags(nodes: Iterable<Element> | ArrayLike<Element> | Element | null | undefined): string[] {
  if (!nodes) return [];
  const list = isElement(nodes) ? [nodes] : Array.from(nodes as ArrayLike<Element>);
  return list.map((node) => {
    const attributes = [...node.attributes].map((attribute) => ` ${attribute.name}="${attribute.value}"`).join('');
    return `<${node.localName}${attributes}>`;
  });
}

function styleOf(element: Element): CSSStyleDeclaration {
  return element.ownerDocument.defaultView!.getComputedStyle(element);
}

/** Laid out but clipped to (at most) a pixel, as the `.visually-hidden` pattern does. */
function isVisuallyHidden(style: CSSStyleDeclaration): boolean {
  const tiny = parseFloat(style.width) <= 1 && parseFloat(style.height) <= 1;
  const clipped = style.overflow === 'hidden' || style.clipPath !== 'none' || (style.clip && style.clip !== 'auto');
  return (style.position === 'absolute' || style.position === 'fixed') && tiny && !!clipped;
}

function hiddenFromTheEye(element: Element): boolean {
  for (
    let at: Element | null = element;
    at;
    at = at.parentElement ?? (at.parentNode as ShadowRoot | null)?.host ?? null
  ) {
    if (isVisuallyHidden(styleOf(at))) return true;
  }
  return false;
}

// Nodes may come from another window (a page in an iframe), where instanceof fails.
function isElement(value: unknown): value is Element {
  return (value as Node | null)?.nodeType === Node.ELEMENT_NODE;
}

function isDocument(value: unknown): value is Document {
  return (value as Node | null)?.nodeType === Node.DOCUMENT_NODE;
}
