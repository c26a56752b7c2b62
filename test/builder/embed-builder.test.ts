import { expect, fixture, html } from '@open-wc/testing';
import type { EmbedBuilder } from '../../src/builder/embed-builder.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/builder/embed-builder.js';
import { closePages, hasRendered, loadPage } from '../support/pages.js';
import { isVisible, part, shownText } from '../support/reading.js';
import { settled, waitFor } from '../support/waiting.js';

const kitUrl = new URL('/dist/', location.href).href;

function inShadow<T extends Element>(builder: EmbedBuilder, selector: string): T {
  const found = builder.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`<embed-builder> renders no ${selector}`);
  return found;
}

/** The snippet's exact characters, as the copy button copies them. */
function snippet(builder: EmbedBuilder, kind: 'script' | 'iframe'): string {
  return inShadow(builder, `[data-snippet="${kind}"]`).textContent;
}

function previewWidget(builder: EmbedBuilder, size: 'phone' | 'desktop' = 'desktop'): HTMLElement {
  return inShadow(builder, `[data-preview="${size}"] :is(coalition-summary, quote-card, satellite-compare)`);
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

/**
 * Waits until the script + tag snippet carries the pre-rendered widget. The renderer's worker (0.5 MB,
 * every language) starts anew with each builder: over 3 s in WebKit once, under a full run's load.
 */
function copyPrepared(builder: EmbedBuilder) {
  return waitFor(() => snippet(builder, 'script').includes('shadowrootmode'), 'the copy was never prepared', 15_000);
}

/** Pastes markup into a new, separate page (an iframe of its own), as an editor would. */
function freshPage(markup: string, { kitLater = false } = {}) {
  return loadPage({ html: markup }, { width: 760, height: 900, recorder: false, untilRendered: !kitLater });
}

/** The `tag` in `frame`'s page, once it has rendered. */
async function renderedIn(frame: HTMLIFrameElement, tag: string): Promise<HTMLElement> {
  const element = () => frame.contentDocument?.querySelector<HTMLElement>(tag);
  await waitFor(() => hasRendered(element()), `${tag} did not render in the fresh page`, 8000);
  await settled(element()!);
  return element()!;
}

describe('<embed-builder>', function () {
  this.timeout(30_000); // a pre-render waits for the renderer's worker to start (copyPrepared)
  let builder: EmbedBuilder;

  beforeEach(async () => {
    builder = await fixture<EmbedBuilder>(
      html`<embed-builder kit-url=${kitUrl} renderer-url="/dist/render-worker.js"></embed-builder>`,
    );
  });

  afterEach(closePages);

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

  it('warns when readers could not reach the kit address, and not for the CDN', async () => {
    const hint = () => inShadow(builder, '#kit-url-hint');
    expect(shownText(hint()), 'this test serves the kit from localhost').to.include(
      'readers’ browsers cannot reach it',
    );
    expect(inShadow(builder, 'input[name="kit-url"]').getAttribute('aria-invalid')).to.equal('true');

    const fresh = await fixture<EmbedBuilder>(html`<embed-builder></embed-builder>`);
    const field = inShadow<HTMLInputElement>(fresh, 'input[name="kit-url"]');
    expect(field.value, 'the documented default').to.match(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/coalition-widgets@\d+\.\d+\.\d+\/dist\/$/,
    );
    expect(shownText(inShadow(fresh, '#kit-url-hint'))).not.to.include('cannot reach');
    expect(snippet(fresh, 'script')).to.include(`src="${field.value}coalition-widgets.js"`);

    await type(fresh, 'kit-url', 'http://192.168.1.20:8000/dist/');
    expect(shownText(inShadow(fresh, '#kit-url-hint'))).to.include('readers’ browsers cannot reach it');
    expect(snippet(fresh, 'iframe')).to.include('src="http://192.168.1.20:8000/dist/embed.html?');
  });

  it('offers the quotes as a list that shows their words', async () => {
    const offered = [...builder.shadowRoot!.querySelectorAll('input[name="quote"]')].map((input) =>
      shownText(input.closest('label')),
    );

    expect(offered).to.have.length(8);
    expect(offered[0]).to.equal(
      'John Healey: “Our planning is real and substantial. Our plans are well developed and we have…”',
    );
    expect(offered).to.include('Emmanuel Macron: “with or without the U.S.”');

    await choose(builder, 'quote', 'macron-with-or-without');
    expect(previewWidget(builder).getAttribute('quote')).to.equal('macron-with-or-without');
    expect(snippet(builder, 'script')).to.include('<quote-card quote="macron-with-or-without">');
  });

  it('turns Copy off, with the reason beside it, while the preview shows an error', async () => {
    const buttons = () => [...builder.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-copy]')];
    expect(buttons().map((button) => button.disabled)).to.deep.equal([false, false]);

    inShadow<HTMLInputElement>(builder, 'input[name="data"]:not(:checked)').click();
    await builder.updateComplete;
    await type(builder, 'src', '/test/fixtures/no-such-story.json');
    await waitFor(() => buttons().every((button) => button.disabled), 'Copy stayed on');

    for (const button of buttons()) {
      const reason = builder.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(shownText(reason)).to.include('404');
      expect(isVisible(reason), 'the reason is visible').to.equal(true);
    }

    inShadow<HTMLInputElement>(builder, 'input[name="data"]:not(:checked)').click();
    await waitFor(() => buttons().every((button) => !button.disabled), 'Copy stayed off with the default story');
  });

  it('shows the widget’s error for a story URL that fails', async () => {
    await choose(builder, 'widget', 'satellite-compare');
    inShadow<HTMLInputElement>(builder, 'input[name="data"]:not(:checked)').click();
    await builder.updateComplete;
    await type(builder, 'src', '/test/fixtures/no-such-story.json');

    const chart = previewWidget(builder);
    await waitFor(() => part(chart, 'error'), 'no error shown');
    expect(shownText(part(chart, 'error'))).to.include('404');
    expect(snippet(builder, 'script')).to.include('<coalition-data src="/test/fixtures/no-such-story.json">');
  });

  it('copies each snippet exactly as shown, and says so', async () => {
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => Promise.resolve(void copied.push(text)) },
    });
    try {
      inShadow<HTMLButtonElement>(builder, 'button[data-copy="script"]').click();
      await waitFor(() => copied.length === 1, 'the script + tag snippet was not copied');
      await builder.updateComplete;
      expect(shownText(inShadow(builder, '[role="status"]'))).to.equal('Copied the script + tag snippet.');

      inShadow<HTMLButtonElement>(builder, 'button[data-copy="iframe"]').click();
      await waitFor(() => copied.length === 2, 'the iframe snippet was not copied');

      expect(copied).to.deep.equal([snippet(builder, 'script'), snippet(builder, 'iframe')]);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('gives a script + tag snippet that renders in a fresh page what the preview shows', async () => {
    await choose(builder, 'quote', 'healey-post');
    await choose(builder, 'theme', 'dark');
    const preview = previewWidget(builder);
    await (preview as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

    const { document: page } = await freshPage(snippet(builder, 'script'));
    const pasted = page.querySelector('quote-card')!;

    expect(hasRendered(pasted), 'the pasted card rendered').to.equal(true);
    expect(pasted.getAttribute('theme')).to.equal('dark');
    expect(shownText(pasted)).to.equal(shownText(preview));
    expect(shownText(pasted)).to.include('@JohnHealey_MP');
  });

  it('gives a script + tag snippet that shows the widget at its final size before the script runs, when asked', async () => {
    await choose(builder, 'widget', 'coalition-summary');
    expect(snippet(builder, 'script'), 'short by default').not.to.include('shadowrootmode');
    inShadow<HTMLInputElement>(builder, 'input[name="instant"]').click();
    await copyPrepared(builder);
    const [, ...tag] = snippet(builder, 'script').split('\n');

    const { iframe: frame, document: page } = await freshPage(tag.join('\n'), { kitLater: true });
    const summary = page.querySelector('coalition-summary')!;
    const heightBefore = summary.getBoundingClientRect().height;
    const card = summary.shadowRoot?.querySelector('[part~="base"]');
    expect(card, 'the pre-rendered card').to.not.equal(undefined);
    expect(summary.textContent, 'the facts as text, for feed readers and search engines').to.include(
      '6 of 30 are reportedly considering sending troops',
    );
    expect(shownText(summary)).to.include('reportedly considering sending troops');
    expect(heightBefore).to.be.greaterThan(300);

    const script = page.createElement('script');
    script.type = 'module';
    script.src = new URL('coalition-widgets.js', kitUrl).href;
    page.head.append(script);
    const upgraded = await renderedIn(frame, 'coalition-summary');

    expect(upgraded === summary, 'the same element upgraded').to.equal(true);
    expect(upgraded.shadowRoot!.querySelectorAll('[part~="base"]').length, 'one card').to.equal(1);
    expect(
      upgraded.shadowRoot!.querySelector('[part~="base"]') === card,
      'the copy is hydrated, not drawn again',
    ).to.equal(true);
    expect(upgraded.getBoundingClientRect().height).to.equal(heightBefore);
  });

  it('keeps the script + tag snippet from being copied, and says why, until the widget is prepared to show at once', async () => {
    await choose(builder, 'widget', 'coalition-summary');
    inShadow<HTMLInputElement>(builder, 'input[name="instant"]').click();
    await builder.updateComplete;
    const copy = inShadow<HTMLButtonElement>(builder, '[data-copy="script"]');

    expect(snippet(builder, 'script'), 'not prepared yet').not.to.include('shadowrootmode');
    expect(copy.disabled, 'Copy is off meanwhile').to.equal(true);
    expect(inShadow(builder, '#script-blocked').textContent).to.include('Preparing the widget to show at once');
    expect(copy.getAttribute('aria-describedby')).to.equal('script-blocked');

    await copyPrepared(builder);
    await builder.updateComplete;
    expect(copy.disabled, 'Copy is on once the snippet carries the copy').to.equal(false);
    expect(builder.shadowRoot!.querySelector('#script-blocked')).to.equal(null);
    expect(inShadow<HTMLButtonElement>(builder, '[data-copy="iframe"]').disabled, 'the iframe never waits').to.equal(
      false,
    );
  });

  it('says so, and lets the bare snippet be copied, when the widget cannot be prepared to show at once', async () => {
    const broken = await fixture<EmbedBuilder>(
      html`<embed-builder kit-url=${kitUrl} renderer-url="/dist/no-such-render-worker.js"></embed-builder>`,
    );
    inShadow<HTMLInputElement>(broken, 'input[name="instant"]').click();

    await waitFor(
      () => broken.shadowRoot?.querySelector('#script-blocked')?.textContent?.includes('could not be prepared'),
      'no word of the failed pre-render',
    );
    expect(inShadow<HTMLButtonElement>(broken, '[data-copy="script"]').disabled).to.equal(false);
    expect(snippet(broken, 'script')).to.include('<quote-card').and.not.to.include('shadowrootmode');
  });

  it('gives a script + tag snippet in the chosen language that shows the story in that language, before and after the kit loads', async () => {
    await choose(builder, 'widget', 'coalition-summary');
    inShadow<HTMLInputElement>(builder, 'input[name="instant"]').click();
    await builder.updateComplete;
    expect(
      inShadow(builder, '[data-hint="instant-language"]').textContent,
      "with the article's language, the editor is told the copy is English",
    ).to.include('shows at once in English');
    const select = inShadow<HTMLSelectElement>(builder, 'select[name="lang"]');
    select.value = 'fr';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await builder.updateComplete;
    expect(builder.shadowRoot!.querySelector('[data-hint="instant-language"]')).to.equal(null);
    await copyPrepared(builder);
    const [, ...tag] = snippet(builder, 'script').split('\n');
    const french = 'La coalition des volontaires se réunit au siège de l’OTAN';

    const { iframe: frame, document: page } = await freshPage(tag.join('\n'), { kitLater: true });
    const summary = page.querySelector('coalition-summary')!;
    expect(shownText(part(summary, 'headline')), 'the copy, before the kit').to.equal(french);

    const script = page.createElement('script');
    script.type = 'module';
    script.src = new URL('coalition-widgets.js', kitUrl).href;
    page.head.append(script);
    const upgraded = await renderedIn(frame, 'coalition-summary');
    expect(shownText(part(upgraded, 'headline')), 'once the kit has loaded').to.equal(french);
    expect(part(upgraded, 'base')?.lang).to.equal('fr');
  });

  it('writes the same pre-rendered copy as the `prerender` command (one renderer)', async () => {
    await choose(builder, 'widget', 'quote-card');
    await choose(builder, 'quote', 'healey-post');
    await choose(builder, 'theme', 'dark');
    inShadow<HTMLInputElement>(builder, 'input[name="instant"]').click();
    await copyPrepared(builder);

    const fromCommand = await executeServerCommand<{ shadow: string }, unknown>('prerender', {
      tag: 'quote-card',
      attributes: { quote: 'healey-post', theme: 'dark' },
      built: true,
    });
    expect(fromCommand.shadow).to.include('shadowrootmode');
    expect(snippet(builder, 'script')).to.include(fromCommand.shadow);
  });

  it('gives an iframe snippet whose embed page renders what the preview shows', async () => {
    await choose(builder, 'widget', 'satellite-compare');
    await choose(builder, 'highlight', 'FR');
    await choose(builder, 'theme', 'dark');
    const preview = previewWidget(builder);
    await (preview as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

    const { document: page } = await freshPage(snippet(builder, 'iframe'));
    const embed = page.querySelector('iframe')!;
    expect(embed.loading).to.equal('lazy');
    embed.loading = 'eager'; // this test page may be off-screen, where a lazy iframe waits forever
    const embedded = await renderedIn(embed, 'satellite-compare');

    expect(embedded.getAttribute('highlight')).to.equal('FR');
    expect(embedded.getAttribute('theme')).to.equal('dark');
    // Rendered is not yet laid out: WebKit reads no text in a frame it has not laid out (seen in CI).
    await waitFor(() => shownText(embedded) !== '', 'the embed page shows no text', 8000);
    expect(shownText(embedded)).to.equal(shownText(preview));
  });

  it('starts its iframe as tall as the widget on a phone, in the chosen language with the editor’s lines', async () => {
    // Where a CMS strips the snippet's script, the frame keeps this height: all of the card must fit in it.
    const select = inShadow<HTMLSelectElement>(builder, 'select[name="lang"]');
    select.value = 'uk';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await type(builder, 'heading', 'Що сказав міністр оборони Великої Британії на зустрічі в Брюсселі');
    await type(builder, 'credit', 'Графіка: Щоденна газета, за даними AFP');
    await type(builder, 'story-link', 'https://example.org/story');
    await settled(previewWidget(builder, 'phone'));
    const height = () => Number(/ height="(\d+)"/.exec(snippet(builder, 'iframe'))![1]);
    await waitFor(() => height() >= previewWidget(builder, 'phone').getBoundingClientRect().height, 'never as tall');

    const withoutScript = snippet(builder, 'iframe').replace(/<script>[\s\S]*<\/script>/, '');
    const { document: page } = await loadPage(
      { html: `<style>body{margin:0}</style>${withoutScript}` },
      { width: 360, height: 900, recorder: false, untilRendered: false },
    );
    const embed = page.querySelector('iframe')!;
    embed.loading = 'eager';
    const embedded = await renderedIn(embed, 'quote-card');
    await waitFor(() => shownText(embedded).includes('AFP'), 'the embed page shows no credit', 8000);

    expect(height(), 'taller than the English card in the table (264 px)').to.be.above(400);
    expect(embed.contentDocument!.documentElement.scrollHeight, 'the frame holds the whole card').to.be.at.most(
      embed.clientHeight,
    );
  });

  it('says the image is in English when another language is chosen, and only then', async () => {
    const note = () => builder.shadowRoot!.querySelector('[data-image-language]');
    expect(note(), 'the article’s own language').to.equal(null);

    const select = inShadow<HTMLSelectElement>(builder, 'select[name="lang"]');
    for (const [language, said] of [
      ['de', true],
      ['en', false],
      ['ja', true],
    ] as const) {
      select.value = language;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await builder.updateComplete;
      if (said) expect(shownText(note()), language).to.match(/^The image is in English/);
      else expect(note(), language).to.equal(null);
    }
  });

  it('offers the 18 languages, each named in its own, and the article’s language by default', () => {
    const select = inShadow<HTMLSelectElement>(builder, 'select[name="lang"]');
    const offered = [...select.options].map((option) => [option.value, option.lang, option.text.trim()]);

    expect(offered).to.have.length(19);
    expect(offered[0][0], 'the article’s own language first').to.equal('');
    expect(offered).to.deep.include.members([
      ['fr', 'fr', 'Français'],
      ['uk', 'uk', 'Українська'],
      ['ja', 'ja', '日本語'],
    ]);
    expect(select.value).to.equal('');
    expect(snippet(builder, 'script')).not.to.include(' lang=');
    expect(snippet(builder, 'iframe')).not.to.include('lang=');
    expect(previewWidget(builder).hasAttribute('lang')).to.equal(false);
  });

  it('writes the chosen language into the preview, both snippets, and the pages they make', async () => {
    await choose(builder, 'widget', 'satellite-compare');
    const select = inShadow<HTMLSelectElement>(builder, 'select[name="lang"]');
    select.value = 'de';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await builder.updateComplete;
    const preview = previewWidget(builder);
    await settled(preview);

    expect(preview.getAttribute('lang')).to.equal('de');
    expect(preview.shadowRoot!.querySelector('thead th')!.textContent.trim()).to.equal('Land');
    expect(snippet(builder, 'script')).to.include('<satellite-compare lang="de">');
    expect(snippet(builder, 'script'), 'the English fallback text says it is English').to.include('<div lang="en">');
    const iframeUrl = new URL(
      new DOMParser().parseFromString(snippet(builder, 'iframe'), 'text/html').querySelector('iframe')!.src,
    );
    expect(iframeUrl.searchParams.get('lang')).to.equal('de');

    // Pasted into an English article, the script + tag snippet loads the built kit and writes German.
    const { document: page } = await freshPage(snippet(builder, 'script'));
    const pasted = page.querySelector('satellite-compare')!;
    await waitFor(() => pasted.shadowRoot?.querySelector('thead th'), 'the pasted chart did not render');
    expect(pasted.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('de');
    expect(pasted.shadowRoot!.querySelector('thead th')!.textContent.trim()).to.equal('Land');
    expect(shownText(pasted)).to.equal(shownText(preview));

    // The iframe snippet's embed page is in German, and so is its chart.
    const { document: host } = await freshPage(snippet(builder, 'iframe'));
    const embed = host.querySelector('iframe')!;
    embed.loading = 'eager';
    const embedded = await renderedIn(embed, 'satellite-compare');
    expect(embed.contentDocument!.documentElement.lang).to.equal('de');
    expect(shownText(embedded)).to.equal(shownText(preview));
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
