// Strict pages: the built kit under a strict Content-Security-Policy with Trusted Types, on a site
// whose own Lit already created the "lit-html" policy. The test server sends the header
// (test/support/hostile-server.mjs); the pages run no inline script.
// Where the browser has no Trusted Types (window.trustedTypes missing), the tests still check the
// CSP and the rendering, and say so in their assertion messages.
import { expect } from '@open-wc/testing';
import { $, closePages, expectStory, loadPage, type RecordedPage, STORIES } from '../support/pages.js';
import { part } from '../support/reading.js';
import { waitFor } from '../support/waiting.js';

const STRICT = '/test/fixtures/hostile/csp/strict.html';
const MINIMAL = '/test/fixtures/hostile/csp/minimal.html';
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types coalition-widgets lit-html";
const MINIMAL_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types coalition-widgets";

const hasTrustedTypes = (page: RecordedPage) => 'trustedTypes' in page.window;

/** Every widget shows its story, with the kit's own styles applied (a styled card, not bare text). */
function expectEveryWidgetRendered(page: RecordedPage) {
  const doc = page.document;
  expect(expectStory($(doc, '#outside'), STORIES.default), 'widgets with the default story').to.equal(5);
  expect(expectStory($(doc, '#from-src'), STORIES.alt), 'widgets with the story from src').to.equal(3);
  for (const widget of doc.querySelectorAll('coalition-summary, quote-card, satellite-compare')) {
    const card = part(widget, 'base')!;
    expect(
      page.window.getComputedStyle(card).borderTopLeftRadius,
      `<${widget.localName}> has the kit's styles`,
    ).to.equal('10px');
  }
  expect(part($(doc, 'quote-card[quote="healey-post"]'), 'link')?.getAttribute('href')).to.equal(
    'https://pic.twitter.com/Y0mJkTRH5u',
  );
}

/** The policy is really enforced on the page, and its violations do reach the recorder. */
async function expectPolicyEnforced(page: RecordedPage) {
  const before = page.window.__violations.length;
  expect(() => void page.window.eval('1'), 'eval under script-src without unsafe-eval').to.throw();
  if (hasTrustedTypes(page)) {
    let refused: unknown;
    try {
      page.document.createElement('div').innerHTML = '<b>x</b>';
    } catch (error) {
      refused = error;
    }
    expect((refused as Error | undefined)?.name, 'innerHTML with a plain string (a TypeError from the page)').to.equal(
      'TypeError',
    );
  }
  // Each refused probe is reported (eval as a Trusted Types sink where there are Trusted Types).
  const probes = hasTrustedTypes(page) ? 2 : 1;
  await waitFor(
    () => page.window.__violations.length >= before + probes,
    'the refused probes never fired securitypolicyviolation',
  );
  expect(page.window.__violations.slice(before).map((violation) => violation.sample.split('|')[0])).to.have.length(
    probes,
  );
}

describe('hostile pages: a strict Content-Security-Policy with Trusted Types', () => {
  afterEach(closePages);

  it('the test server sends the strict policy and the minimal policy with the fixture pages', async () => {
    expect((await fetch(STRICT)).headers.get('content-security-policy')).to.equal(STRICT_CSP);
    expect((await fetch(MINIMAL)).headers.get('content-security-policy')).to.equal(MINIMAL_CSP);
    expect(
      (await fetch('/test/fixtures/hostile/xss.html')).headers.get('content-security-policy'),
      'other pages',
    ).to.equal(null);
  });

  it(`under "${STRICT_CSP}", on a site whose own "lit-html" policy came first, every widget renders and no securitypolicyviolation fires`, async () => {
    const page = await loadPage(STRICT);

    if (hasTrustedTypes(page)) {
      expect(page.window.__sitePolicy, "the site's own Lit policy was created first").to.equal('lit-html');
      const kitPolicy = (page.window as unknown as Record<symbol, { name: string } | undefined>)[
        Symbol.for('coalition-widgets.trusted-types-policy')
      ];
      expect(kitPolicy?.name, "the kit's own policy").to.equal('coalition-widgets');
    } else {
      // WebKitGTK without Trusted Types: the CSP and the rendering are still checked below.
      expect(page.window.__sitePolicy).to.equal('no Trusted Types in this browser');
    }
    expectEveryWidgetRendered(page);
    expect(page.window.__violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(page.window.__messages, 'console errors, warnings and uncaught exceptions').to.deep.equal([]);
    await expectPolicyEnforced(page);
  });

  it(`under the smallest policy the README documents, "${MINIMAL_CSP}", every widget renders and no securitypolicyviolation fires`, async () => {
    const page = await loadPage(MINIMAL);

    expectEveryWidgetRendered(page);
    expect(page.window.__violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(page.window.__messages, 'console errors, warnings and uncaught exceptions').to.deep.equal([]);
    await expectPolicyEnforced(page);
  });
});
