// Data is text: every string of a story, and every attribute value, reaches the page as text only.
// Each XSS vector goes into every string field of the default story; fields that then no longer
// validate (ids, codes, dates, handles, the platform, links) must be refused with an error instead.
// Runs in Chromium, Firefox and WebKit.
import { expect } from '@open-wc/testing';
import { defaultStory, parseStory, summarizeProblems, type Story } from '../../src/story/index.js';
import { closePages, loadPage, type RecordedPage } from '../support/pages.js';
import { deepElements, part, shownText } from '../support/reading.js';
import { nextFrame, settled } from '../support/waiting.js';
import { expectNothingRan, isActive, shape, shapeDifference } from '../support/hostile.js';
import { URL_VECTORS, XSS_VECTORS, arm } from './xss-vectors.js';

const PAGE = '/test/fixtures/hostile/xss.html';

type Path = (string | number)[];

/** Every string in the story, with where it is. */
function stringLeaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

/** "story.quotes[2].post.url", as the kit's error messages name a field. */
function pathName(path: Path): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : `${name}.${key}`), 'story');
}

function withStrings(story: Story, paths: Path[], valueFor: (path: Path) => string): Story {
  const copy = structuredClone(story) as unknown as Record<string | number, unknown>;
  for (const path of paths) {
    let holder = copy;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
    holder[path.at(-1)!] = valueFor(path);
  }
  return copy as unknown as Story;
}

/** Same length and line breaks as `text`, nothing a browser could read as markup. */
// Line breaks and quotation marks stay: a line is a paragraph, and a report's sentence that holds a
// quotation is marked for the marks around it (a class of the kit's own, not the text's).
const harmless = (text: string) => text.replace(/[^\n"“”„«»]/g, 'a');

const ALL_FIELDS = stringLeaves(defaultStory);
// A field takes free text when plain words validate there; the others have a format.
const TEXT_FIELDS = ALL_FIELDS.filter((path) => parseStory(withStrings(defaultStory, [path], () => 'Plain words')).ok);
const FORMAT_FIELDS = ALL_FIELDS.filter((path) => !TEXT_FIELDS.includes(path));
const LINK_FIELDS = FORMAT_FIELDS.filter((path) => path.at(-1) === 'url');

interface Rendered {
  provider: HTMLElement & { data: unknown };
  root: HTMLElement;
}

async function render(page: RecordedPage, story: unknown): Promise<Rendered> {
  const provider = page.document.querySelector('#provider') as Rendered['provider'];
  provider.data = story;
  await settled(page.document.body, { frame: false });
  return { provider, root: page.document.body };
}

/** Adds one quote card per quote of the default story, so every quote field is on screen. */
function addQuoteCards(page: RecordedPage) {
  const provider = page.document.querySelector('#provider')!;
  for (const quote of defaultStory.quotes) {
    const card = page.document.createElement('quote-card');
    card.setAttribute('quote', quote.id);
    provider.append(card);
  }
}

/** Links are http(s) only, open safely, and are the post links the widgets draw: nothing else. */
function expectSafeLinks(root: ParentNode, context: string) {
  for (const link of deepElements(root).filter((el) => el.localName === 'a')) {
    const href = link.getAttribute('href') ?? '';
    expect(new URL(href).protocol, `${context}: a link to ${href}`).to.be.oneOf(['http:', 'https:']);
    expect(link.getAttribute('rel'), `${context}: rel of the link to ${href}`).to.equal('noopener noreferrer');
    expect(link.getAttribute('part'), `${context}: an <a> that is not the post link`).to.equal('link');
  }
}

/** No element that loads or runs anything in any widget, no on* attribute anywhere. */
function expectNoActiveContent(root: ParentNode, context: string) {
  const elements = deepElements(root);
  const active = elements.filter((el) => el.getRootNode() !== root.ownerDocument && isActive(el));
  expect(
    active.map((el) => el.localName),
    `${context}: loading or running elements inside widgets`,
  ).to.deep.equal([]);
  const handlers = elements.flatMap((el) =>
    [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`),
  );
  expect(handlers, `${context}: event-handler attributes`).to.deep.equal([]);
}

/**
 * Everything the page loaded was there before the tests began, is a story the kit fetched, or is
 * one of the kit's own files it imports on demand: its story loader, the words for a widget's problems
 * (the code that words them, and the words of its language), a language's interface words, what the
 * copy buttons say, and the default story in a language.
 */
function expectNoUnexplainedRequests(page: RecordedPage, before: Set<string>) {
  // Resource timing leaves out the #fragment in some engines.
  const withoutFragment = (url: string) => url.split('#')[0];
  const fetched = new Set(page.window.__fetches.map(withoutFragment));
  const kitChunks = [
    'story-loader-',
    'problem-messages-',
    'load-problems-',
    'problem-words-',
    'words-',
    'copy-words-',
    'locale-from-',
    ...['fr', 'de', 'uk', 'pl'].map((lang) => `story-${lang}-`),
  ].map((name) => `${page.window.location.origin}/dist/chunks/${name}`);
  const loaded = page.window.performance.getEntriesByType('resource').map((entry) => withoutFragment(entry.name));
  const unexplained = loaded.filter(
    (url) => !before.has(url) && !fetched.has(url) && !kitChunks.some((chunk) => url.startsWith(chunk)),
  );
  expect(unexplained, 'resources loaded by injected markup').to.deep.equal([]);
}

async function afterAsyncHandlers(page: RecordedPage) {
  // Error and load handlers of injected images, frames and media fire later: give them time.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await nextFrame(page.window);
}

/** Attributes that take any text: they show it (as text), and name no problem. */
const FREE_TEXT = ['heading', 'credit'];

describe('hostile input: story text is text (XSS corpus)', function () {
  this.timeout(60_000);
  let page: RecordedPage;
  let resourcesBefore: Set<string>;

  beforeEach(async () => {
    page = await loadPage(PAGE);
    addQuoteCards(page);
    await render(page, defaultStory);
    resourcesBefore = new Set(page.window.performance.getEntriesByType('resource').map((entry) => entry.name));
  });
  afterEach(closePages);

  it(`has at least 60 vectors, and every string field of the story is tried (${XSS_VECTORS.length} vectors × ${ALL_FIELDS.length} fields)`, () => {
    expect(XSS_VECTORS.length).to.be.at.least(60);
    expect(new Set(XSS_VECTORS).size, 'vectors are distinct').to.equal(XSS_VECTORS.length);
    expect(TEXT_FIELDS.length + FORMAT_FIELDS.length).to.equal(ALL_FIELDS.length);
    expect(TEXT_FIELDS.map(pathName)).to.include.members([
      'story.headline',
      'story.quotes[0].text',
      'story.quotes[0].speaker',
    ]);
    expect(LINK_FIELDS.map(pathName)).to.deep.equal(['story.quotes[2].post.url', 'story.quotes[4].post.url']);
  });

  it(`${XSS_VECTORS.length} vectors in every free-text field (${XSS_VECTORS.length} × ${TEXT_FIELDS.length}) show verbatim as text, run nothing and add no element or attribute`, async () => {
    // The shape a story of plain letters has; it depends only on the line breaks (one <p> per line) and
    // on whether a sentence holds a quotation mark.
    const plainShapes = new Map<string, Record<string, number>>();
    for (const [index, vector] of XSS_VECTORS.entries()) {
      const armed = (path: Path) => arm(vector, `${index}:${pathName(path)}`);
      const hostile = withStrings(defaultStory, TEXT_FIELDS, armed);
      const check = parseStory(hostile);
      expect(
        check.ok,
        `vector ${index} in every text field validates: ${check.ok || summarizeProblems(check.problems)}`,
      ).to.equal(true);

      const kept = harmless(vector).replace(/a/g, '');
      if (!plainShapes.has(kept)) {
        plainShapes.set(
          kept,
          shape(
            (
              await render(
                page,
                withStrings(defaultStory, TEXT_FIELDS, (path) => harmless(armed(path))),
              )
            ).root,
          ),
        );
      }
      const expected = plainShapes.get(kept)!;
      const { root } = await render(page, hostile);
      const context = `vector ${index} ${JSON.stringify(vector)}`;

      expect(
        shapeDifference(shape(root), expected),
        `${context}: elements or attributes differ from the same story in plain letters`,
      ).to.deep.equal([]);
      const summary = page.document.querySelector('coalition-summary')!;
      expect(shownText(part(summary, 'headline')), `${context}: the headline, as text`).to.equal(
        armed(['headline']).replace(/\s+/g, ' ').trim(),
      );
      const card = page.document.querySelector('quote-card[quote="healey-planning"]')!;
      expect(card.shadowRoot!.querySelector('.speaker')!.textContent, `${context}: the speaker, as text`).to.equal(
        armed(['quotes', 0, 'speaker']),
      );
      expect(part(card, 'error'), `${context}: an error in the quote card`).to.equal(null);
      expectSafeLinks(root, context);
      expectNoActiveContent(root, context);
      expectNothingRan(page.window, `${context}: `);
    }
    await afterAsyncHandlers(page);
    expectNothingRan(page.window);
    expectNoUnexplainedRequests(page, resourcesBefore);
  });

  it(`${URL_VECTORS.length} http(s) URLs carrying vectors, in both post links, stay exactly that link with rel="noopener noreferrer"`, async () => {
    // The default story links X's photos, which draw a photo note; these vectors are links to posts.
    const postLinks = withStrings(defaultStory, LINK_FIELDS, () => 'https://x.com/JohnHealey_MP/status/1');
    const baseline = shape((await render(page, postLinks)).root);
    for (const [index, vector] of URL_VECTORS.entries()) {
      const armed = (path: Path) => arm(vector, `url${index}:${pathName(path)}`);
      const hostile = withStrings(defaultStory, LINK_FIELDS, armed);
      const check = parseStory(hostile);
      expect(
        check.ok,
        `URL vector ${index} is a valid http(s) URL: ${check.ok || summarizeProblems(check.problems)}`,
      ).to.equal(true);
      const { root } = await render(page, hostile);
      const context = `URL vector ${index} ${JSON.stringify(vector)}`;

      expect(shapeDifference(shape(root), baseline), `${context}: elements or attributes`).to.deep.equal([]);
      for (const path of LINK_FIELDS) {
        const quote = defaultStory.quotes[path[1] as number];
        const link = part(page.document.querySelector(`quote-card[quote="${quote.id}"]`), 'link')!;
        expect(link.getAttribute('href'), `${context}: href of ${quote.id}`).to.equal(armed(path));
        expect(link.getAttribute('target')).to.equal('_blank');
      }
      expectSafeLinks(root, context);
      expectNoActiveContent(root, context);
      expectNothingRan(page.window, `${context}: `);
    }
    await afterAsyncHandlers(page);
    expectNothingRan(page.window);
    expectNoUnexplainedRequests(page, resourcesBefore);
  });

  it(`${XSS_VECTORS.length} vectors in each of the ${FORMAT_FIELDS.length} formatted fields (ids, codes, dates, handles, platform, links) are refused with an error naming the field; the last good story stays, nothing runs`, async () => {
    // Every (vector, field) pair on its own: the story is refused and the message names that field.
    for (const [index, vector] of XSS_VECTORS.entries()) {
      for (const path of FORMAT_FIELDS) {
        const result = parseStory(withStrings(defaultStory, [path], () => arm(vector, `${index}:${pathName(path)}`)));
        expect(result.ok, `vector ${index} ${JSON.stringify(vector)} in ${pathName(path)} is refused`).to.equal(false);
        if (!result.ok)
          expect(result.problems.join('\n'), `the error for vector ${index}`).to.contain(`${pathName(path)}: expected`);
      }
    }
    // On screen, one story per vector with the vector in every formatted field.
    const refusedShape = shape(
      (
        await render(
          page,
          withStrings(defaultStory, FORMAT_FIELDS, () => 'not valid'),
        )
      ).root,
    );
    const errorsBefore = page.window.__coalitionErrors.length;
    for (const [index, vector] of XSS_VECTORS.entries()) {
      const hostile = withStrings(defaultStory, FORMAT_FIELDS, (path) => arm(vector, `${index}:${pathName(path)}`));
      const result = parseStory(hostile);
      const message = `The data property is not a valid story: ${result.ok ? '' : summarizeProblems(result.problems)}.`;
      const { root, provider } = await render(page, hostile);
      const context = `vector ${index} ${JSON.stringify(vector)}`;

      expect(shapeDifference(shape(root), refusedShape), `${context}: elements or attributes`).to.deep.equal([]);
      expect(part(provider, 'error')?.textContent, `${context}: the provider's error, verbatim as text`).to.equal(
        message,
      );
      const summary = page.document.querySelector('coalition-summary')!;
      expect(part(summary, 'error')?.textContent, `${context}: the summary's error, verbatim as text`).to.equal(
        message,
      );
      expect(shownText(part(summary, 'headline')), `${context}: the last good story stays`).to.equal(
        defaultStory.headline,
      );
      expectSafeLinks(root, context);
      expectNoActiveContent(root, context);
      expectNothingRan(page.window, `${context}: `);
    }
    expect(page.window.__coalitionErrors.length - errorsBefore, 'one coalition-error per refused story').to.equal(
      XSS_VECTORS.length,
    );
    await afterAsyncHandlers(page);
    expectNothingRan(page.window);
    expectNoUnexplainedRequests(page, resourcesBefore);
  });

  it(`${XSS_VECTORS.length} vectors as the value of every attribute in custom-elements.json appear in the error message as text, and run nothing`, async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string; type?: { text: string } }[] }[] }[];
    };
    const attributes = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .flatMap((declaration) =>
        (declaration.attributes ?? []).map((attribute) => ({ tag: declaration.tagName!, ...attribute })),
      );
    expect(attributes.length, 'attributes in custom-elements.json').to.be.at.least(8);

    // A provider of its own for src, timeout and page, so the widgets above keep their story.
    const loader = page.document.createElement('coalition-data');
    loader.id = 'loader';
    loader.innerHTML = '<quote-card quote="healey-planning"></quote-card>';
    page.document.body.append(loader);
    const targetOf = (tag: string) =>
      tag === 'coalition-data'
        ? loader
        : page.document.querySelector(tag === 'quote-card' ? '#provider > quote-card' : tag)!;

    // A src the kit would fetch points at a real file (not JSON), so the load fails without a 404;
    // other schemes, and what is not a URL at all, the kit refuses without a request.
    const srcFor = (value: string) => {
      try {
        if (!/^https?:$/.test(new URL(value, page.document.baseURI).protocol)) return value;
      } catch {
        return value;
      }
      return `/test/fixtures/not-json.json?${value}`;
    };
    const setAll = async (value: string) => {
      const failed = new Promise((resolve) => {
        loader.addEventListener('coalition-error', resolve, { once: true });
        setTimeout(resolve, 3000);
      });
      for (const { tag, name } of attributes) targetOf(tag).setAttribute(name, name === 'src' ? srcFor(value) : value);
      await failed;
      await settled(page.document.body, { frame: false });
    };

    await setAll(harmless(arm(XSS_VECTORS[0], 'attr0')));
    const expected = shape(page.document.body);
    for (const [index, vector] of XSS_VECTORS.entries()) {
      const armed = arm(vector, `attr${index}`);
      await setAll(armed);
      const context = `vector ${index} ${JSON.stringify(vector)}`;

      expect(shapeDifference(shape(page.document.body), expected), `${context}: elements or attributes`).to.deep.equal(
        [],
      );
      for (const { tag, name } of attributes.filter(
        // Text an editor chooses freely (a title, a credit line), and boolean attributes, have no wrong value.
        (attribute) =>
          attribute.tag !== 'coalition-data' &&
          !FREE_TEXT.includes(attribute.name) &&
          attribute.type?.text !== 'boolean',
      )) {
        expect(
          part(targetOf(tag), 'error')?.textContent,
          `${context}: <${tag}> names ${name} with its value, as text`,
        ).to.contain(`${name}="${armed}"`);
      }
      for (const tag of ['coalition-summary', 'quote-card', 'satellite-compare']) {
        const credit = part(targetOf(tag), 'credit');
        if (credit) expect(credit.textContent, `${context}: <${tag}> shows the credit line as text`).to.equal(armed);
      }
      expect(part(loader, 'error')?.textContent, `${context}: <coalition-data> names the src, as text`).to.contain(
        `"${srcFor(armed)}"`,
      );
      expectSafeLinks(page.document.body, context);
      expectNoActiveContent(page.document.body, context);
      expectNothingRan(page.window, `${context}: `);
    }
    await afterAsyncHandlers(page);
    expectNothingRan(page.window);
    expectNoUnexplainedRequests(page, resourcesBefore);
  });
});
