// embed-host.js on hostile and careless pages (issue 13): the kit's iframe in a sandbox that allows
// scripts, inside a shadow root, under a theme rule that sets every iframe's height, and size
// messages that carry -0, NaN, Infinity or text. The host script is loaded into this test page.
import { expect, waitUntil } from '@open-wc/testing';
import { delay } from '../support/waiting.js';
import { HOSTILE } from './round-two.js';
import { engine } from '../support/hostile.js';
import { installHostScript } from '../support/pages.js';

const holders: Element[] = [];
afterEach(() => holders.splice(0).forEach((holder) => holder.remove()));

function kitFrame(src: string, attributes: Record<string, string> = {}): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = 'Quote';
  frame.width = '600';
  frame.height = '200';
  frame.setAttribute('data-coalition-widgets', '');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  return frame;
}

function place(node: Element) {
  const holder = document.createElement('div');
  holder.append(node);
  document.body.append(holder);
  holders.push(holder);
  return holder;
}

/** The height the iframe shows its page in (its border left out), whatever the attribute says. */
const shownHeight = (frame: HTMLIFrameElement) => frame.clientHeight;

/** The embed page's content height, from a plain same-origin copy of it. */
async function contentHeight(path: string): Promise<number> {
  const frame = kitFrame(path);
  frame.removeAttribute('data-coalition-widgets');
  place(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const main = () => frame.contentDocument!.querySelector('main')!;
  await waitUntil(() => main().querySelector('quote-card')?.shadowRoot?.querySelector('[part~="base"]'), 'no card', {
    timeout: 8000,
  });
  await delay(200);
  return Math.ceil(main().getBoundingClientRect().height);
}

const EMBED = '/dist/embed.html?widget=quote-card&quote=healey-objectives';

describe('embed-host.js: iframes that a careless or hostile page makes hard to size', function () {
  this.timeout(20_000);
  before(installHostScript);

  it('sizes a sandboxed iframe that allows scripts (its messages come from an opaque origin)', async () => {
    const otherOrigin = await (await fetch('/__second-origin')).text();
    const expected = await contentHeight(EMBED);
    const frame = kitFrame(`${otherOrigin}${EMBED}`, { sandbox: 'allow-scripts' });
    place(frame);

    await waitUntil(() => Math.abs(shownHeight(frame) - expected) <= 1, `stayed ${shownHeight(frame)} px`, {
      timeout: engine === 'webkit' ? 3000 : 10_000,
    }).catch(() => undefined);

    // WebKit matches the embed page's CSP 'self' against no URL in an opaque origin, so the page
    // cannot run its scripts there: the iframe keeps its own height and may scroll (README, limits).
    if (engine === 'webkit') expect(shownHeight(frame), 'WebKit: the iframe keeps its height').to.equal(200);
    else expect(shownHeight(frame), 'height of the sandboxed iframe').to.be.closeTo(expected, 1);
  });

  it('sizes an iframe inside a shadow root', async () => {
    const expected = await contentHeight(EMBED);
    const host = document.createElement('div');
    const frame = kitFrame(EMBED);
    host.attachShadow({ mode: 'open' }).append(frame);
    place(host);

    await waitUntil(() => Math.abs(shownHeight(frame) - expected) <= 1, '', { timeout: 10_000 }).catch(() => undefined);

    expect(shownHeight(frame), 'height of the iframe in a shadow root').to.be.closeTo(expected, 1);
  });

  it('wins over a theme rule that sets every iframe to 315 px, !important included', async () => {
    const expected = await contentHeight(EMBED);
    const style = document.createElement('style');
    style.textContent = 'iframe { height: 315px !important; }';
    const frame = kitFrame(EMBED);
    const holder = place(frame);
    holder.prepend(style);

    await waitUntil(() => Math.abs(shownHeight(frame) - expected) <= 1, '', { timeout: 10_000 }).catch(() => undefined);

    expect(shownHeight(frame), 'height under the theme rule').to.be.closeTo(expected, 1);
  });

  for (const height of ['-0', '0', 'NaN', 'Infinity', '-Infinity', '-20', '1e6']) {
    it(`ignores a size message with height ${height}`, async () => {
      const frame = kitFrame(`${HOSTILE}/embed-sender.html?height=${height}`);
      place(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      await delay(200);

      expect(frame.getAttribute('height'), 'the height attribute').to.equal('200');
      expect(shownHeight(frame), 'the height on screen').to.equal(200);
    });
  }

  it('takes a size message with a plain height from the iframe it sizes (the sender page works)', async () => {
    const frame = kitFrame(`${HOSTILE}/embed-sender.html?height=480.2`);
    place(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await delay(200);

    expect(shownHeight(frame)).to.equal(481);
  });

  it('ignores a height sent as text', async () => {
    const frame = kitFrame(`${HOSTILE}/embed-sender.html?height=480&as=text`);
    place(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await delay(200);

    expect(shownHeight(frame)).to.equal(200);
  });
});
