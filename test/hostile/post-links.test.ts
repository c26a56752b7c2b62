// Links that are what they say (issue 13): a post on X links only to x.com or twitter.com, over
// https, with no user name or port in the way. Any other link is refused by the validator, which
// says why, and a card given such a link anyway (a story that bypassed the validator) shows none.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextProvider, createContext } from '@lit/context';
import { storyContext, type StoryState } from '../../src/data/story-context.js';
import '../../src/coalition-widgets.js';
import { storyWith } from './round-two.js';

const GOOD = [
  'https://x.com/JohnHealey_MP/status/1910282017853661591',
  'https://twitter.com/jurgen_nauditt/status/1910300000000000000',
  'https://pic.twitter.com/Y0mJkTRH5u',
  'https://mobile.twitter.com/JohnHealey_MP/status/1',
  'https://www.x.com/JohnHealey_MP',
];

const BAD = [
  'https://x.com@evil.example/JohnHealey_MP/status/1',
  'https://twitter.com@evil.example/',
  'https://user:password@x.com/JohnHealey_MP/status/1',
  'https://x.com.evil.example/JohnHealey_MP/status/1',
  'https://evil.example/x.com/JohnHealey_MP/status/1',
  'https://evil.example/?https://x.com/',
  'https://notx.com/JohnHealey_MP/status/1',
  'https://x.com:8443/JohnHealey_MP/status/1',
  'https://x.com\\@evil.example/',
  'https://x%2Ecom/JohnHealey_MP/status/1',
  'http://x.com/JohnHealey_MP/status/1',
  'javascript:alert(document.domain)//https://x.com/',
  'https://evil.example/',
];

/** A provider that hands widgets whatever story it is given, unvalidated (as a buggy copy of the kit might). */
class RawStoryProvider extends LitElement {
  readonly provider = new ContextProvider(this, {
    context: createContext<StoryState>(storyContext),
    initialValue: { loading: true },
  });
  protected override createRenderRoot() {
    return this;
  }
  give(state: StoryState) {
    this.provider.setValue(state);
  }
}
customElements.define('raw-story-provider', RawStoryProvider);

const withPostLink = (url: string) =>
  storyWith((story) => (story.quotes.find((quote) => quote.id === 'healey-post')!.post!.url = url));

type Provider = HTMLElement & { data?: unknown; updateComplete: Promise<boolean>; state: { error?: string } };

async function cardGiven(url: string) {
  const data = await fixture<Provider>(
    html`<coalition-data .data=${withPostLink(url)}><quote-card quote="healey-post"></quote-card></coalition-data>`,
  );
  await data.updateComplete;
  const card = data.querySelector('quote-card')!;
  await card.updateComplete;
  return { data, card, links: [...card.shadowRoot!.querySelectorAll('a')].map((a) => a.href) };
}

describe('hostile stories: a post links only to the platform it names', () => {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => undefined;
  });
  afterEach(() => (console.warn = warn));

  for (const url of GOOD) {
    it(`links to ${url}`, async () => {
      const { card, links, data } = await cardGiven(url);

      expect(data.state.error).to.equal(undefined);
      expect(links).to.deep.equal([new URL(url).href]);
      // X's photo links (pic.twitter.com) are the photo's, and say so.
      const says = /^https:\/\/pic\./.test(url) ? 'The post included a photo: view it on X' : 'View the post on X';
      expect(card.shadowRoot!.querySelector('a')!.textContent).to.contain(says);
    });
  }

  for (const url of BAD) {
    it(`refuses ${url}: the validator says why, and no card links anywhere`, async () => {
      const { card, links, data } = await cardGiven(url);

      expect(links, 'links in the card').to.deep.equal([]);
      expect(data.state.error).to.contain(
        `story.quotes[2].post.url: expected an https link on x.com or twitter.com (no user name, no port), got "${url.slice(0, 40)}`,
      );
      expect(card.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('story.quotes[2].post.url');
    });

    it(`a card handed ${url} without validation shows the post without a link`, async () => {
      const raw = await fixture<RawStoryProvider>(
        html`<raw-story-provider><quote-card quote="healey-post"></quote-card></raw-story-provider>`,
      );
      raw.give({ story: withPostLink(url), loading: false });
      const card = raw.querySelector('quote-card')!;
      await card.updateComplete;

      expect(card.shadowRoot!.querySelector('[part~="quote"]')!.textContent).to.contain('In Brussels today');
      expect(
        [...card.shadowRoot!.querySelectorAll('a')].map((a) => a.href),
        'links in the card',
      ).to.deep.equal([]);
    });
  }
});
