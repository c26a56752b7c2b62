import { expect } from '@open-wc/testing';
import { defaultStory } from '../../src/story/index.js';
import { fallbackContent, iframeSnippet, imageCommand, scriptSnippet } from '../../src/builder/snippets.js';
import { fromSearchParams, toSearchParams, type EmbedOptions } from '../../src/embed/embed-options.js';

const kitUrl = 'https://news.example/kit/dist/';

function options(partial: Partial<EmbedOptions>): EmbedOptions {
  return { widget: 'quote-card', attributes: {}, background: 'plain', ...partial };
}

describe('embed snippets', () => {
  it('writes the image command with each attribute as one shell word', () => {
    const command = imageCommand(
      'satellite-compare',
      { highlight: 'UK', heading: "The UK's 6 satellites", 'hide-headline': '' },
      { width: 360, src: 'https://news.example/story.json', file: 'satellite-compare-360px.png' },
    );

    expect(command).to.equal(
      "npx coalition-widgets image satellite-compare highlight=UK 'heading=The UK'\\''s 6 satellites' hide-headline " +
        '--width 360 --story https://news.example/story.json -o satellite-compare-360px.png',
    );
  });

  it('writes the script line and the tag with every option as an attribute', () => {
    const snippet = scriptSnippet(
      options({ attributes: { quote: 'healey-post', theme: 'dark' } }),
      defaultStory,
      kitUrl,
    );

    expect(snippet).to.match(
      /^<script type="module" src="https:\/\/news\.example\/kit\/dist\/coalition-widgets\.js"><\/script>\n/,
    );
    expect(snippet).to.include('<quote-card quote="healey-post" theme="dark">');
  });

  it('puts the quote inside the tag as a readable blockquote', () => {
    const snippet = scriptSnippet(options({ attributes: { quote: 'healey-planning' } }), defaultStory, kitUrl);

    expect(snippet).to.include('<blockquote>');
    expect(snippet).to.include(`<p>${defaultStory.quotes[0].text}</p>`);
    expect(snippet).to.include(
      '<footer>John Healey, UK Defence Secretary, Opening remarks, NATO Headquarters, Brussels, 10 April 2025</footer>',
    );
  });

  it('gives the summary and the chart their figures as text', () => {
    expect(fallbackContent(options({ widget: 'coalition-summary' }), defaultStory)).to.include(
      '30 countries take part; 6 of 30 are reportedly considering sending troops (according to the report and AFP, as quoted on X by @jurgen_nauditt, a private account); an allied force could number 10,000–30,000 troops.',
    );
    expect(fallbackContent(options({ widget: 'satellite-compare' }), defaultStory)).to.include(
      '249 military satellites',
    );
  });

  it('carries the pre-rendered widget as declarative shadow DOM when given it, as the renderer wrote it', () => {
    const shadow =
      '<template shadowrootmode="open"><style>:host{display:block}</style><figure part="base">…</figure></template>';
    const snippet = scriptSnippet(options({ attributes: { quote: 'healey-post' } }), defaultStory, kitUrl, shadow);

    expect(snippet).to.include(`<quote-card quote="healey-post">\n  ${shadow}\n  <blockquote>`);
  });

  it('wraps the tag in <coalition-data> when a story URL is chosen', () => {
    const snippet = scriptSnippet(
      options({ widget: 'satellite-compare', src: 'https://news.example/story.json' }),
      defaultStory,
      kitUrl,
    );

    expect(snippet).to.include('<coalition-data src="https://news.example/story.json">\n  <satellite-compare>');
  });

  it('escapes story text and option values, so data never becomes markup', () => {
    const story = structuredClone(defaultStory);
    story.quotes[0].text = '<img src=x onerror=alert(1)> & "quotes"';

    const snippet = scriptSnippet(
      options({ attributes: { quote: 'healey-planning', theme: '"><script>alert(1)</script>' } }),
      story,
      kitUrl,
    );

    expect(snippet).to.include('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</p>');
    expect(snippet).to.include('theme="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet.match(/<script/g)).to.have.length(1);
  });

  it('writes an iframe with the options in its URL, a title, lazy loading and a height', () => {
    const snippet = iframeSnippet(
      options({
        attributes: { quote: 'healey-post', theme: 'auto' },
        src: 'https://news.example/story.json',
        background: 'transparent',
      }),
      defaultStory,
      kitUrl,
    );
    const iframe = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe')!;
    const url = new URL(iframe.src);

    expect(url.origin + url.pathname).to.equal('https://news.example/kit/dist/embed.html');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      widget: 'quote-card',
      quote: 'healey-post',
      theme: 'auto',
      src: 'https://news.example/story.json',
      background: 'transparent',
    });
    expect(iframe.title).to.equal('Quote: John Healey, UK Defence Secretary');
    expect(iframe.getAttribute('loading')).to.equal('lazy');
    expect(Number(iframe.getAttribute('height'))).to.be.greaterThan(100);
    expect(iframe.hasAttribute('data-coalition-widgets')).to.equal(true);
  });
  it('gives a see-through iframe the colour scheme of its widget, so that browsers paint no opaque backdrop', () => {
    const schemeOf = (attributes: Record<string, string>, background: 'plain' | 'transparent') => {
      const snippet = iframeSnippet(
        options({ attributes: { quote: 'healey-post', ...attributes }, background }),
        defaultStory,
        kitUrl,
      );
      return new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe')!.style.colorScheme;
    };

    expect(schemeOf({ theme: 'dark' }, 'transparent')).to.equal('dark');
    expect(schemeOf({ theme: 'auto' }, 'transparent')).to.equal('light dark');
    expect(schemeOf({}, 'transparent')).to.equal('light');
    expect(schemeOf({ theme: 'dark' }, 'plain'), 'a plain background covers the backdrop').to.equal('');
  });
});

describe('embed options in a URL', () => {
  it('read back what was written', () => {
    const written = options({
      widget: 'coalition-summary',
      attributes: { layout: 'compact', theme: 'dark' },
      src: '/story.json',
    });

    const read = fromSearchParams(toSearchParams(written));

    expect(read).to.deep.equal({ ok: true, options: written, ignored: [], problems: [] });
  });

  it('refuse an unknown widget and list the known ones', () => {
    const read = fromSearchParams(new URLSearchParams('widget=quote-crad'));

    expect(read).to.deep.equal({
      ok: false,
      problem:
        'widget="\u2068quote-crad\u2069" is not a widget of the kit; use "coalition-summary", "quote-card", "satellite-compare".',
    });
  });

  it('ignore options the widget does not take, and say which', () => {
    const read = fromSearchParams(new URLSearchParams('widget=satellite-compare&quote=healey-post&highlight=FR'));

    expect(read.ok && read.options.attributes).to.deep.equal({ highlight: 'FR' });
    expect(read.ok && read.ignored).to.deep.equal(['quote']);
  });
});
