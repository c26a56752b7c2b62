// `coalition-widgets publish`: a static embed folder (the built command, run by the test server into
// tmp/publish-<name>/), served here as a site would serve it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { closePages, loadPage } from '../support/pages.js';
import { part, shownText } from '../support/reading.js';
import { waitFor } from '../support/waiting.js';

/** Publishes `<tag attributes>` into tmp/publish-<name>/ and answers the folder's URL. */
async function published(name: string, tag: string, attributes: Record<string, string>, story?: string) {
  const url = `${location.origin}/tmp/publish-${name}/`;
  await executeServerCommand('publish', { name, tag, attributes, url, story });
  return url;
}

async function fetched(url: string): Promise<Response> {
  const response = await fetch(url, { cache: 'no-store' });
  expect(response.ok, `GET ${url}`).to.equal(true);
  return response;
}

/** The fields of oEmbed 1.0 (section 2.3.4): every response's, and those of the rich type. */
const OEMBED_FIELDS = [
  'type',
  'version',
  'title',
  'author_name',
  'author_url',
  'provider_name',
  'provider_url',
  'cache_age',
  'thumbnail_url',
  'thumbnail_width',
  'thumbnail_height',
  'html',
  'width',
  'height',
];

/** What oEmbed 1.0 asks of a response of type rich: the problems found, none if it is valid. */
function oembedProblems(answer: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const isPositiveInteger = (value: unknown) => Number.isInteger(value) && (value as number) > 0;
  for (const key of Object.keys(answer)) if (!OEMBED_FIELDS.includes(key)) problems.push(`unknown field ${key}`);
  if (answer.version !== '1.0') problems.push('version is not "1.0"');
  if (answer.type !== 'rich') problems.push('type is not "rich"');
  if (typeof answer.html !== 'string' || !answer.html) problems.push('rich: html is required');
  if (!isPositiveInteger(answer.width)) problems.push('rich: width is required, in pixels');
  if (!isPositiveInteger(answer.height)) problems.push('rich: height is required, in pixels');
  for (const key of ['title', 'author_name', 'provider_name']) {
    if (key in answer && typeof answer[key] !== 'string') problems.push(`${key} is not text`);
  }
  for (const key of ['author_url', 'provider_url', 'thumbnail_url']) {
    if (key in answer && !/^https?:\/\//.test(String(answer[key]))) problems.push(`${key} is not a URL`);
  }
  if ('cache_age' in answer && !Number.isInteger(answer.cache_age)) problems.push('cache_age is not whole seconds');
  const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((key) => key in answer);
  if (thumbnail.length !== 0 && thumbnail.length !== 3) problems.push('thumbnail_* fields come as all three or none');
  if ('thumbnail_width' in answer && !isPositiveInteger(answer.thumbnail_width)) problems.push('thumbnail_width');
  if ('thumbnail_height' in answer && !isPositiveInteger(answer.thumbnail_height)) problems.push('thumbnail_height');
  return problems;
}

describe('coalition-widgets publish', function () {
  // The command makes an image and copies the kit: seconds on two shared cores.
  this.timeout(60_000);
  afterEach(closePages);

  it('writes oembed.json, type rich, valid against the oEmbed 1.0 fields, with the iframe and the image', async () => {
    const url = await published('satellites', 'satellite-compare', { highlight: 'UK' });

    const answer = (await (await fetched(`${url}oembed.json`)).json()) as Record<string, unknown>;

    expect(oembedProblems(answer)).to.deep.equal([]);
    const iframe = new DOMParser().parseFromString(answer.html as string, 'text/html').querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal(url);
    expect(iframe.title).to.equal(answer.title);
    expect([iframe.width, iframe.height]).to.deep.equal([String(answer.width), String(answer.height)]);
    const thumbnail = new Image();
    thumbnail.src = answer.thumbnail_url as string;
    await thumbnail.decode();
    expect([thumbnail.naturalWidth, thumbnail.naturalHeight]).to.deep.equal([
      answer.thumbnail_width,
      answer.thumbnail_height,
    ]);
  });

  it('a broken answer is not valid (the check can fail)', () => {
    expect(oembedProblems({ version: '1.0', type: 'rich', html: '<iframe></iframe>', width: 600 })).to.deep.equal([
      'rich: height is required, in pixels',
    ]);
    expect(
      oembedProblems({ version: '1', type: 'video', html: '', width: 1, height: 1, thumbnail_url: 'x' }),
    ).to.have.length(5);
  });

  it('the embed page carries the oEmbed discovery link', async () => {
    const url = await published('satellites', 'satellite-compare', { highlight: 'UK' });

    const page = new DOMParser().parseFromString(await (await fetched(url)).text(), 'text/html');

    const link = page.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    expect(link?.getAttribute('href')).to.equal(`${url}oembed.json`);
    expect(link?.getAttribute('title')).to.equal('Chart: military satellites by country');
  });

  it('the embed page shows the widget’s facts without JavaScript, styled under its own CSP', async () => {
    const url = await published('satellites', 'satellite-compare', { highlight: 'UK' });

    const page = await loadPage(url, { scripts: false, recorder: false });

    const chart = page.document.querySelector('satellite-compare')!;
    expect(page.window.customElements.get('satellite-compare'), 'no script ran').to.equal(undefined);
    expect(shownText(part(chart, 'chart'))).to.equal('United States 249 France 17 United Kingdom* 6');
    expect(getComputedStyle(part(chart, 'base')!).borderTopLeftRadius, 'the copy is styled').to.equal('10px');
  });

  it('with JavaScript, the kit hydrates the pre-rendered widget', async () => {
    const url = await published('quote', 'quote-card', { quote: 'healey-post', theme: 'dark' });
    const page = await loadPage(url, { recorder: false, untilRendered: false });
    const card = page.document.querySelector('quote-card')!;
    const copy = [...card.shadowRoot!.querySelectorAll('[part]')];

    await waitFor(() => page.window.customElements.get('quote-card'), 'the kit defines <quote-card>');
    await waitFor(() => !card.shadowRoot!.querySelector('style'), 'the copy’s style gives way to shared styles');

    expect(copy.length).to.be.above(2);
    expect(
      copy.every((node) => node.getRootNode() === card.shadowRoot),
      'the same nodes (hydrated)',
    ).to.equal(true);
    expect(shownText(part(card, 'quote'))).to.include('We stand by Ukraine in the fight');
    expect(page.document.documentElement.dataset.theme).to.equal('dark');
  });

  it('writes the data as CSV and the image’s text alternative beside it', async () => {
    const url = await published('satellites', 'satellite-compare', { highlight: 'UK' });

    const csv = await (await fetched(`${url}data.csv`)).text();
    const alt = await (await fetched(`${url}image.txt`)).text();

    expect(csv.split('\r\n').slice(0, 3)).to.deep.equal([
      'country,code,military_satellites,note,source',
      'United States,US,249,,"the report, which does not say where its figures come from."',
      'France,FR,17,,"the report, which does not say where its figures come from."',
    ]);
    expect(alt).to.include('United Kingdom: 6');
  });

  it('with --story, the page shows that story, written into it', async () => {
    const url = await published(
      'second',
      'coalition-summary',
      { layout: 'compact' },
      'test/fixtures/publish/stories/second.json',
    );
    const story = (await (await fetched('/test/fixtures/publish/stories/second.json')).json()) as {
      coalition: { participantCount: number };
    };

    const page = await loadPage(url, { scripts: false, recorder: false });
    const summary = page.document.querySelector('coalition-summary')!;

    expect(shownText(part(summary, 'figures'))).to.include(String(story.coalition.participantCount));
    expect(page.document.querySelector('coalition-data > script[type="application/json"]')).to.not.equal(null);
    const csv = await (await fetched(`${url}data.csv`)).text();
    expect(csv).to.include(`countries taking part,${story.coalition.participantCount},`);
  });
});
