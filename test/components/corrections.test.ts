// Corrections as newsrooms publish them: a story with `updated` and `corrections` shows them in every
// widget, and a story served from the newsroom's own URL replaces what a pasted snippet carried.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/coalition-widgets.js';
import type { CoalitionData } from '../../src/coalition-widgets.js';
import { defaultStory, type Story } from '../../src/story/index.js';
import { scriptSnippet } from '../../src/builder/snippets.js';
import { isVisible, part, shownText } from '../support/reading.js';
import { settled } from '../support/waiting.js';

const CORRECTED_URL = '/test/fixtures/stories/corrected.json';
const UPDATED = 'Updated 12 April 2025';
const CORRECTION =
  'Correction (11 April 2025): An earlier version said six countries were ready to send troops. The report says six are reportedly considering it.';

const corrected: Story = {
  ...structuredClone(defaultStory),
  updated: '2025-04-12',
  corrections: [
    {
      date: '2025-04-11',
      text: 'An earlier version said six countries were ready to send troops. The report says six are reportedly considering it.',
    },
  ],
};

const widgets: { name: string; markup: string }[] = [
  { name: '<coalition-summary>', markup: '<coalition-summary></coalition-summary>' },
  { name: '<coalition-summary layout="compact">', markup: '<coalition-summary layout="compact"></coalition-summary>' },
  { name: '<quote-card> (a quote)', markup: '<quote-card quote="macron-with-or-without"></quote-card>' },
  { name: '<quote-card> (a post on X)', markup: '<quote-card quote="nauditt-post"></quote-card>' },
  { name: '<satellite-compare>', markup: '<satellite-compare></satellite-compare>' },
];

async function renderWith(story: Story, markup: string): Promise<LitElement> {
  const data = await fixture<CoalitionData>(html`<coalition-data></coalition-data>`);
  data.innerHTML = markup;
  data.data = story;
  await data.updateComplete;
  const widget = data.firstElementChild as LitElement;
  await waitUntil(() => widget.shadowRoot?.querySelector('[part~="base"]'), `${markup} did not render`);
  await settled(widget);
  return widget;
}

describe('corrections and updates', () => {
  for (const { name, markup } of widgets) {
    it(`${name} shows "Updated …" and each correction, visibly, inside its card`, async () => {
      const widget = await renderWith(corrected, markup);

      const updates = part(widget, 'updates')!;
      const lines = [...updates.querySelectorAll('p')].map((line) => shownText(line));
      expect(lines).to.deep.equal([UPDATED, CORRECTION]);
      expect(isVisible(updates), 'the lines are laid out').to.equal(true);
      expect(updates.closest('[part~="base"]'), 'inside the card').to.exist;
      await expect(widget).to.be.accessible();
    });

    it(`${name} shows no such line for a story without corrections`, async () => {
      const widget = await renderWith(defaultStory, markup);

      expect(widget.shadowRoot!.querySelector('[part="updates"]')).to.equal(null);
      expect(widget.shadowRoot!.textContent).not.to.match(/Updated|Correction/);
    });
  }

  it('shows a correction that arrives after the widget rendered', async () => {
    const widget = await renderWith(defaultStory, '<quote-card quote="healey-planning"></quote-card>');
    const data = widget.parentElement as CoalitionData;

    data.data = corrected;
    await data.updateComplete;
    await settled(widget);

    expect(shownText(part(widget, 'updates'))).to.include(CORRECTION);
  });
});

describe('a correction reaches a published snippet', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  /** The widget as the builder would have pre-rendered it before the correction (the built kit's renderer). */
  async function prerender(tag: string, attributes: Record<string, string>): Promise<string> {
    const rendered = await executeServerCommand<{ shadow: string }, unknown>('prerender', {
      tag,
      attributes,
      built: true,
    });
    return rendered.shadow;
  }

  for (const { widget, attributes } of [
    { widget: 'quote-card', attributes: { quote: 'healey-planning' } },
    { widget: 'coalition-summary', attributes: {} },
    { widget: 'satellite-compare', attributes: {} },
  ] as const) {
    it(`<${widget}>: the pasted copy, made before the correction, is replaced by the corrected story from the newsroom's URL`, async () => {
      // Arrange: the snippet as copied before the correction, its story served from the newsroom's URL
      const kitUrl = new URL('/dist/', location.href).href;
      const prerendered = await prerender(widget, attributes);
      const snippet = scriptSnippet(
        { widget, attributes, background: 'plain', src: CORRECTED_URL },
        defaultStory,
        kitUrl,
        prerendered,
      );
      const frame = document.createElement('iframe');
      frame.width = '700';
      frame.height = '900';
      const [script, ...tag] = snippet.split('\n');
      frame.srcdoc = `<!doctype html><html lang="en"><head><title>Article</title></head><body>${tag.join('\n')}</body></html>`;
      frames.push(frame);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const pasted = frame.contentDocument!.querySelector(widget)!;
      expect(pasted.shadowRoot?.textContent, 'before the kit runs: the copy, without the correction').not.to.include(
        'Correction',
      );
      expect(pasted.textContent, 'the fallback text, without the correction').not.to.include('Correction');

      // Act: the kit runs
      expect(script).to.include('coalition-widgets.js');
      const kit = frame.contentDocument!.createElement('script');
      kit.type = 'module';
      kit.src = new URL('coalition-widgets.js', kitUrl).href;
      frame.contentDocument!.head.append(kit);

      // Assert
      await waitUntil(
        () => pasted.shadowRoot?.querySelector('[part="updates"]'),
        'the correction never reached the pasted widget',
        { timeout: 8000 },
      );
      const text = shownText(pasted.shadowRoot!.querySelector('[part="updates"]'));
      expect(text).to.equal(`${UPDATED} ${CORRECTION}`);
      expect(pasted.shadowRoot!.querySelectorAll('[part~="base"]').length, 'the old copy is gone').to.equal(1);
      const slot = pasted.shadowRoot!.querySelector('slot');
      expect(slot, 'the fallback text is no longer shown').to.equal(null);
    });
  }
});
