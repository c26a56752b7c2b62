import { expect } from '@open-wc/testing';
import { defaultStory } from '../../src/story/index.js';
import { iframeSnippet } from '../../src/builder/snippets.js';
import { closePages, hasRendered, installHostScript, loadPage } from '../support/pages.js';
import { isVisible, part, shownText } from '../support/reading.js';
import { delay, nextFrame, nextPaint, waitFor } from '../support/waiting.js';

/** The iframe of a snippet, pasted into an article column of this page: the iframe under test. */
function iframeFrom(markup: string): HTMLIFrameElement {
  const holder = document.createElement('div');
  holder.className = 'article-column';
  holder.innerHTML = markup; // the snippet as an editor pastes it
  const frame = holder.querySelector('iframe')!;
  frame.width = '600';
  frame.loading = 'eager';
  document.body.append(holder);
  return frame;
}

async function loaded(frame: HTMLIFrameElement) {
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
}

/** The height the embed page's content takes, measured in a same-origin copy of it. */
async function contentHeight(url: string): Promise<number> {
  const { iframe, document: page } = await loadPage(url, { width: 600, height: 400, recorder: false });
  const widget = () => page.querySelector('main > :is(coalition-summary, quote-card, satellite-compare)');
  await waitFor(() => hasRendered(widget()), `the widget of ${url} did not render`);
  await nextFrame();
  const height = Math.ceil(page.querySelector('main')!.getBoundingClientRect().height);
  iframe.remove();
  return height;
}

describe('the embed page and its host script', () => {
  afterEach(() => {
    document.querySelectorAll('.article-column').forEach((holder) => holder.remove());
    closePages();
  });

  it('renders the widget from its URL, cross-origin, and the iframe takes its content’s height', async () => {
    await installHostScript();
    const otherOrigin = await (await fetch('/__second-origin')).text();
    const options = {
      widget: 'quote-card' as const,
      attributes: { quote: 'healey-objectives' },
      background: 'plain' as const,
    };
    const frame = iframeFrom(iframeSnippet(options, defaultStory, `${otherOrigin}/dist/`));
    expect(new URL(frame.src).origin).not.to.equal(location.origin);
    const defaultHeight = frame.height;
    await loaded(frame);

    await waitFor(() => frame.height !== defaultHeight, 'the iframe never got a height from its content', 8000);
    const expected = await contentHeight(`/dist/embed.html?widget=quote-card&quote=healey-objectives`);

    expect(Math.abs(Number(frame.height) - expected)).to.be.at.most(1);
  });

  it('follows a change of the content’s height within one frame', async () => {
    await installHostScript();
    const frame = iframeFrom(
      '<iframe src="/dist/embed.html?widget=satellite-compare" title="Chart" height="200" data-coalition-widgets></iframe>',
    );
    await loaded(frame);
    const chart = () => frame.contentDocument!.querySelector('satellite-compare')!;
    await waitFor(() => chart()?.shadowRoot?.querySelector('details'), 'chart not rendered');
    await waitFor(() => frame.height !== '200', 'no first height', 8000);
    const closedHeight = Number(frame.height);

    (chart().shadowRoot!.querySelector('summary') as HTMLElement).click();
    const wanted = () => Math.ceil(frame.contentDocument!.querySelector('main')!.getBoundingClientRect().height);
    let frames = 0;
    while (Number(frame.height) !== wanted() && frames < 10) {
      await nextPaint();
      frames += 1;
    }

    expect(Number(frame.height)).to.be.greaterThan(closedHeight);
    expect(Number(frame.height)).to.equal(wanted());
    expect(frames, 'frames until the iframe followed').to.be.at.most(2);
  });

  it('ignores size messages from windows other than the iframe’s', async () => {
    await installHostScript();
    const frame = iframeFrom(
      '<iframe src="/dist/embed.html?widget=quote-card&quote=healey-post" title="Quote" height="321" data-coalition-widgets></iframe>',
    );
    await loaded(frame);
    await waitFor(() => frame.height !== '321', 'no first height', 8000);
    const honest = frame.height;

    window.postMessage({ type: 'coalition-widgets:embed-size', height: 5000 }, '*');
    await delay(100);

    expect(frame.height).to.equal(honest);
  });

  // The page's own background, as the iframe shows it over the article: a plain one in the theme, or none.
  const backgrounds = [
    { query: 'widget=quote-card&quote=healey-planning', background: 'rgb(255, 255, 255)' },
    { query: 'widget=quote-card&quote=healey-planning&theme=dark', background: 'rgb(23, 26, 32)' },
    { query: 'widget=quote-card&quote=healey-planning&background=transparent', background: 'rgba(0, 0, 0, 0)' },
    { query: 'widget=satellite-compare&theme=dark&background=transparent', background: 'rgba(0, 0, 0, 0)' },
  ];
  for (const { query, background } of backgrounds) {
    it(`paints ${background === 'rgba(0, 0, 0, 0)' ? 'no background' : `a ${background} background`} for ?${query}`, async () => {
      const { document: page } = await loadPage(`/dist/embed.html?${query}`, { recorder: false });

      const painted = [page.documentElement, page.body].map((element) => getComputedStyle(element).backgroundColor);
      expect(painted, 'background-color of <html> and <body>').to.deep.equal([background, 'rgba(0, 0, 0, 0)']);
      const widget = page.querySelector('main > :is(quote-card, satellite-compare)');
      expect(isVisible(part(widget, 'base')), 'the widget is drawn').to.equal(true);
    });
  }

  it('shows a clear message for an unknown widget', async () => {
    const frame = iframeFrom('<iframe src="/dist/embed.html?widget=quote-crad" title="Broken" height="200"></iframe>');
    await loaded(frame);

    const message = frame.contentDocument!.querySelector('[role="alert"]')!;
    expect(shownText(message)).to.include('widget="\u2068quote-crad\u2069" is not a widget of the kit');
  });

  it('gives bad options to the widget, which shows its own error', async () => {
    const frame = iframeFrom(
      '<iframe src="/dist/embed.html?widget=satellite-compare&highlight=Germany" title="Chart" height="300"></iframe>',
    );
    await loaded(frame);
    const chart = frame.contentDocument!.querySelector('satellite-compare')!;
    await waitFor(() => part(chart, 'error'), 'no error shown');

    expect(shownText(part(chart, 'error'))).to.include('highlight="Germany" matches no country');
  });

  it('takes the article’s language from its URL, and ignores what is not a language tag', async () => {
    const { document: page } = await loadPage('/dist/embed.html?widget=quote-card&quote=healey-post&lang=fr-CA', {
      recorder: false,
    });
    expect(page.documentElement.lang).to.equal('fr-CA');

    const frame = iframeFrom(
      '<iframe src="/dist/embed.html?widget=quote-card&quote=healey-post&lang=%22%3E%3Cb%3E" title="Quote" height="200"></iframe>',
    );
    await loaded(frame);
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    const card = frame.contentDocument!.querySelector('quote-card');
    await waitFor(() => part(card, 'base'), 'the quote card did not render');
  });
});
