// Property-based tests (fast-check) over every attribute in custom-elements.json: hostile values
// (empty, 100,000 characters, any unicode, numbers, NaN, JSON, HTML, null bytes, broken URLs), set
// and removed in random order, with the element moved in between, never throw and always leave
// a rendered widget (its card or its error message, visible).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { closePages, loadPage, type RecordedPage } from '../support/pages.js';
import { isVisible, part } from '../support/reading.js';
import { settled } from '../support/waiting.js';
import { XSS_VECTORS } from './xss-vectors.js';

interface ManifestAttribute {
  name: string;
  type?: { text: string };
}
interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[];
}

/** Runs per element; with the commands in each run, several thousand attribute changes in all. */
const RUNS_PER_ELEMENT = 100;

const hostileValue = (valid: string[]) =>
  fc.oneof(
    fc.constant(''),
    fc.constant('x'.repeat(100_000)),
    fc.constant('\u0000'),
    fc.string({ maxLength: 40 }).map((text) => `${text}\u0000${text}`),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(
      'NaN',
      'Infinity',
      '-Infinity',
      '-0',
      '1e999',
      '0x10',
      '1e-7',
      '  10  ',
      'null',
      'undefined',
      'true',
      '[object Object]',
    ),
    fc.double().map(String),
    fc.integer().map(String),
    fc.json({ maxDepth: 2 }),
    fc.constantFrom(...XSS_VECTORS.slice(0, 30)),
    // What a URL parser refuses or a loader must not fetch.
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'http://[',
        '//[',
        'http://a b/',
        'https://:0',
        'javascript:alert(1)',
        'data:application/json,{}',
        '?',
        '#',
        '.',
        '..',
      ),
    },
    { weight: 2, arbitrary: fc.constantFrom(...valid) },
  );

type Command =
  { kind: 'set'; name: string; value: string } | { kind: 'remove'; name: string } | { kind: 'move' } | { kind: 'wait' };

const commands = (attributes: string[], valid: string[]) =>
  fc.array(
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          kind: fc.constant('set' as const),
          name: fc.constantFrom(...attributes),
          value: hostileValue(valid),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({ kind: fc.constant('remove' as const), name: fc.constantFrom(...attributes) }),
      },
      { weight: 1, arbitrary: fc.constant({ kind: 'move' as const }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'wait' as const }) },
    ),
    { minLength: 1, maxLength: 12 },
  );

/** Values an attribute's documented type allows, so runs mix good values with bad ones. */
function validValues(tag: string, attribute: ManifestAttribute): string[] {
  const fromType = [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]);
  const known: Record<string, string[]> = {
    quote: ['healey-planning', 'healey-post', 'HEALEY-PLANNING'],
    highlight: ['UK', 'fr', 'United States', ' us '],
    theme: ['light', 'dark', 'auto'],
    layout: ['full', 'compact'],
    src: ['/test/fixtures/stories/alt.json', '/test/fixtures/not-json.json', 'missing.json'],
    timeout: ['100', '10000', '0', '-1'],
    page: [''],
  };
  return [...fromType, ...(known[attribute.name] ?? [`${tag}-value`])];
}

type KitElement = HTMLElement & { updateComplete: Promise<boolean>; state?: { loading: boolean } };

describe('hostile attributes: property-based fuzzing of every attribute in custom-elements.json', function () {
  this.timeout(120_000);
  let page: RecordedPage;
  let manifest: Manifest;

  before(async () => {
    manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    page = await loadPage('/test/fixtures/hostile/fuzz.html');
  });
  after(closePages);

  it('custom-elements.json lists every element and its attributes', () => {
    const tags = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => d.tagName);
    expect(tags.sort()).to.deep.equal(['coalition-data', 'coalition-summary', 'quote-card', 'satellite-compare']);
  });

  for (const tag of ['coalition-summary', 'quote-card', 'satellite-compare', 'coalition-data']) {
    it(`<${tag}>: ${RUNS_PER_ELEMENT} runs of hostile attribute values set and removed in random order never throw and always leave a rendered widget`, async () => {
      const declaration = manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .find((d) => d.tagName === tag)!;
      const attributes = declaration.attributes ?? [];
      expect(attributes.length, `attributes of <${tag}> in custom-elements.json`).to.be.greaterThan(0);
      const names = attributes.map((attribute) => attribute.name);
      const valid = attributes.flatMap((attribute) => validValues(tag, attribute));
      const doc = page.document;
      const stage = doc.querySelector('#stage')!;
      const elsewhere = doc.body;
      let changes = 0;

      await fc.assert(
        fc.asyncProperty(commands(names, valid), async (run: Command[]) => {
          const messagesBefore = page.window.__messages.filter((message) => message.level !== 'warn').length;
          const element = doc.createElement(tag) as KitElement;
          // A provider is checked through the widget it gives its story to.
          const widget = tag === 'coalition-data' ? doc.createElement('quote-card') : element;
          if (tag === 'coalition-data') {
            widget.setAttribute('quote', 'healey-planning');
            element.append(widget);
          }
          stage.append(element);
          try {
            for (const command of run) {
              if (command.kind === 'set') element.setAttribute(command.name, command.value);
              else if (command.kind === 'remove') element.removeAttribute(command.name);
              else if (command.kind === 'move') (element.parentElement === stage ? elsewhere : stage).append(element);
              else await element.updateComplete;
              changes += 1;
            }
            await settled(element, { frame: false });
            for (let waited = 0; element.state?.loading && waited < 3000; waited += 10)
              await new Promise((resolve) => setTimeout(resolve, 10));
            await settled(element, { frame: false });

            const shown = part(widget, 'base') ?? part(widget, 'error');
            expect(
              shown,
              `<${tag}> renders its card or an error after ${JSON.stringify(run).slice(0, 300)}`,
            ).not.to.equal(null);
            expect(isVisible(shown), `<${tag}> is visible`).to.equal(true);
            if (element.state && 'error' in element.state && element.state.error) {
              expect(isVisible(part(element, 'error')), '<coalition-data> shows its error').to.equal(true);
            }
            const thrown = page.window.__messages.filter((message) => message.level !== 'warn').slice(messagesBefore);
            expect(thrown, 'uncaught exceptions and console errors').to.deep.equal([]);
          } finally {
            element.remove();
          }
        }),
        { numRuns: RUNS_PER_ELEMENT },
      );
      expect(changes, 'attribute changes and moves tried').to.be.greaterThan(RUNS_PER_ELEMENT);
      expect(page.window.__pwned, 'code that ran').to.deep.equal([]);
    });
  }
});
