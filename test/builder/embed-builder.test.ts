import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { EmbedBuilder } from '../../src/builder/embed-builder.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/builder/embed-builder.js';

const kitUrl = new URL('/dist/', location.href).href;

function inShadow<T extends Element>(builder: EmbedBuilder, selector: string): T {
  const found = builder.shadowRoot!.querySelector<T>(selector);
  expect(found, selector).to.exist;
  return found!;
}

function snippet(builder: EmbedBuilder, kind: 'script' | 'iframe'): string {
  return inShadow(builder, `[data-snippet="${kind}"]`).textContent!;
}

function previewWidget(builder: EmbedBuilder, size: 'phone' | 'desktop' = 'desktop'): HTMLElement {
  return inShadow(builder, `[data-preview="${size}"] :is(coalition-summary, quote-card, satellite-compare)`);
}

function visibleText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function choose(builder: EmbedBuilder, name: string, value: string) {
  const input = inShadow<HTMLInputElement>(builder, `input[name="${name}"][value="${value}"]`);
  input.click();
  await builder.updateComplete;
}

async function type(builder: EmbedBuilder, name: string, text: string) {
  const input = inShadow<HTMLInputElement>(builder, `input[name="${name}"]`);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await builder.updateComplete;
}

/** Loads HTML into a new, separate page (an iframe of its own) and waits for it to load. */
async function freshPage(markup: string, width = 760): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '900';
  frame.srcdoc = `<!doctype html><html lang="en"><head><title>Fresh page</title></head><body>${markup}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

async function renderedIn(frame: HTMLIFrameElement, tag: string): Promise<HTMLElement> {
  await waitUntil(
    () => {
      const element = frame.contentDocument!.querySelector(tag) as (HTMLElement & { hasUpdated?: boolean }) | null;
      return element?.hasUpdated && element.shadowRoot!.childElementCount > 0;
    },
    `${tag} did not render in the fresh page`,
    { timeout: 8000 },
  );
  const element = frame.contentDocument!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!;
  await element.updateComplete;
  return element;
}

describe('<embed-builder>', () => {
  let builder: EmbedBuilder;
  const frames: HTMLIFrameElement[] = [];

  beforeEach(async () => {
    builder = await fixture<EmbedBuilder>(html`<embed-builder kit-url=${kitUrl}></embed-builder>`);
  });

  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('previews the chosen widget at phone and desktop widths', async () => {
    await choose(builder, 'widget', 'satellite-compare');

    expect(previewWidget(builder, 'phone').localName).to.equal('satellite-compare');
    expect(previewWidget(builder, 'desktop').localName).to.equal('satellite-compare');
    expect(previewWidget(builder, 'phone').getBoundingClientRect().width).to.be.at.most(360);
    expect(previewWidget(builder, 'desktop').getBoundingClientRect().width).to.be.greaterThan(360);
  });

  it('reflects every option in the preview and in both snippets', async () => {
    await choose(builder, 'widget', 'coalition-summary');
    await choose(builder, 'layout', 'compact');
    await choose(builder, 'theme', 'dark');
    await choose(builder, 'background', 'transparent');

    expect(previewWidget(builder).getAttribute('layout')).to.equal('compact');
    expect(previewWidget(builder).getAttribute('theme')).to.equal('dark');
    expect(snippet(builder, 'script')).to.include('<coalition-summary layout="compact" theme="dark">');
    const iframeUrl = new URL(
      new DOMParser().parseFromString(snippet(builder, 'iframe'), 'text/html').querySelector('iframe')!.src,
    );
    expect(Object.fromEntries(iframeUrl.searchParams)).to.deep.equal({
      widget: 'coalition-summary',
      layout: 'compact',
      theme: 'dark',
      background: 'transparent',
    });
  });

  it('adds loading="lazy" to the script + tag snippet when asked, for widgets far down an article', async () => {
    expect(snippet(builder, 'script')).not.to.include('loading=');

    inShadow<HTMLInputElement>(builder, 'input[name="loading"]').click();
    await builder.updateComplete;

    expect(snippet(builder, 'script')).to.include('<quote-card quote="healey-planning" loading="lazy">');
    expect(previewWidget(builder).hasAttribute('loading'), 'the preview renders at once').to.equal(false);
    expect(snippet(builder, 'iframe')).not.to.include('loading%3D').and.not.to.include('&amp;loading=');
  });

  it('shows the widget’s own error for an unknown quote id, before anything is copied', async () => {
    await type(builder, 'quote', 'healey-planing');
    const card = previewWidget(builder);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

    const error = card.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.textContent).to.include('Did you mean "healey-planning"?');
    expect(error.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('shows the widget’s error for a story URL that fails', async () => {
    await choose(builder, 'widget', 'satellite-compare');
    inShadow<HTMLInputElement>(builder, 'input[name="data"]:not(:checked)').click();
    await builder.updateComplete;
    await type(builder, 'src', '/test/fixtures/no-such-story.json');

    const chart = previewWidget(builder);
    await waitUntil(() => chart.shadowRoot!.querySelector('[part="error"]'), 'no error shown');
    expect(chart.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include('404');
    expect(snippet(builder, 'script')).to.include('<coalition-data src="/test/fixtures/no-such-story.json">');
  });

  it('copies each snippet exactly as shown, and says so', async () => {
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      inShadow<HTMLButtonElement>(builder, 'button[data-copy="script"]').click();
      await waitUntil(() => copied.length === 1);
      await builder.updateComplete;
      expect(inShadow(builder, '[role="status"]').textContent).to.equal('Copied the script + tag snippet.');

      inShadow<HTMLButtonElement>(builder, 'button[data-copy="iframe"]').click();
      await waitUntil(() => copied.length === 2);

      expect(copied).to.deep.equal([snippet(builder, 'script'), snippet(builder, 'iframe')]);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('gives a script + tag snippet that renders in a fresh page what the preview shows', async () => {
    await type(builder, 'quote', 'healey-post');
    await choose(builder, 'theme', 'dark');
    const preview = previewWidget(builder);
    await (preview as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

    const frame = await freshPage(snippet(builder, 'script'));
    frames.push(frame);
    const pasted = await renderedIn(frame, 'quote-card');

    expect(pasted.getAttribute('theme')).to.equal('dark');
    expect(visibleText(pasted)).to.equal(visibleText(preview));
    expect(visibleText(pasted)).to.include('@JohnHealey_MP');
  });

  it('gives a script + tag snippet that shows the widget at its final size before the script runs', async () => {
    await choose(builder, 'widget', 'coalition-summary');
    await waitUntil(
      () => snippet(builder, 'script').includes('shadowrootmode'),
      'the snippet has no pre-rendered widget',
    );
    const [, ...tag] = snippet(builder, 'script').split('\n');

    const frame = await freshPage(tag.join('\n'));
    frames.push(frame);
    const summary = frame.contentDocument!.querySelector('coalition-summary')!;
    const heightBefore = summary.getBoundingClientRect().height;
    expect(summary.textContent, 'the facts as text, for feed readers and search engines').to.include(
      '6 of 30 are reportedly considering sending troops',
    );
    expect(visibleText(summary)).to.include('reportedly considering sending troops');
    expect(heightBefore).to.be.greaterThan(300);

    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = new URL('coalition-widgets.js', kitUrl).href;
    frame.contentDocument!.head.append(script);
    const upgraded = await renderedIn(frame, 'coalition-summary');

    expect(upgraded === summary, 'the same element upgraded').to.equal(true);
    expect(
      upgraded.shadowRoot!.querySelectorAll('[part~="base"]').length,
      'the pre-rendered copy is replaced, not kept',
    ).to.equal(1);
    expect(upgraded.getBoundingClientRect().height).to.equal(heightBefore);
  });

  it('gives an iframe snippet whose embed page renders what the preview shows', async () => {
    await choose(builder, 'widget', 'satellite-compare');
    await type(builder, 'highlight', 'france');
    await choose(builder, 'theme', 'dark');
    const preview = previewWidget(builder);
    await (preview as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

    const frame = await freshPage(snippet(builder, 'iframe'));
    frames.push(frame);
    const embed = frame.contentDocument!.querySelector('iframe')!;
    expect(embed.loading).to.equal('lazy');
    embed.loading = 'eager'; // this test page may be off-screen, where a lazy iframe waits forever
    const embedded = await renderedIn(embed, 'satellite-compare');

    expect(embedded.getAttribute('highlight')).to.equal('france');
    expect(embedded.getAttribute('theme')).to.equal('dark');
    expect(visibleText(embedded)).to.equal(visibleText(preview));
  });

  it('can be driven from the keyboard', async () => {
    inShadow<HTMLInputElement>(builder, 'input[name="widget"][value="quote-card"]').focus();

    await sendKeys({ press: 'ArrowDown' });
    await builder.updateComplete;

    expect(previewWidget(builder).localName).to.equal('satellite-compare');
    await sendKeys({ press: 'Tab' });
    expect(builder.shadowRoot!.activeElement?.getAttribute('name')).to.equal('highlight');
  });
});
