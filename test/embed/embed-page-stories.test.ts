// The embed page runs on the newsroom's own origin: it must never show another site's story under
// that name. It takes `src` from its own origin, and from origins its Content-Security-Policy lists.
import { expect, waitUntil } from '@open-wc/testing';

const frames: HTMLIFrameElement[] = [];

async function embed(query: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.width = '600';
  frame.height = '800';
  frame.src = `/dist/embed.html?${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

function summaryText(page: Document): string {
  const summary = page.querySelector('coalition-summary');
  return summary?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('the embed page and story URLs', () => {
  let otherOrigin: string;
  before(async () => (otherOrigin = await (await fetch('/__second-origin')).text()));
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('shows a story from its own origin', async () => {
    const page = await embed('widget=coalition-summary&src=/test/fixtures/stories/alt.json');

    await waitUntil(() => summaryText(page).includes('31'), 'the story from its own origin never showed');
  });

  const foreign = (origin: string) => {
    const { host } = new URL(origin);
    return [
      `${origin}/test/fixtures/stories/alt.json`,
      `//${host}/test/fixtures/stories/alt.json`,
      `\\\\${host}\\test\\fixtures\\stories\\alt.json`,
      `HTTP://${host}/test/fixtures/stories/alt.json`,
      `javascript:alert(1)`,
    ];
  };
  for (const index of [0, 1, 2, 3, 4]) {
    it(`refuses a story from another origin, visibly and without its words (form ${index + 1})`, async () => {
      const src = foreign(otherOrigin)[index];
      const page = await embed(`widget=coalition-summary&src=${encodeURIComponent(src)}`);

      const refusal = page.querySelector('[role="alert"]');
      expect(refusal?.textContent, src).to.include('This embed shows stories only from');
      expect(refusal!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(page.querySelector('coalition-summary, coalition-data'), 'no widget is made').to.equal(null);
    });
  }

  it('does not follow a redirect from its own origin to another', async () => {
    const target = `${otherOrigin}/test/fixtures/stories/alt.json`;
    const page = await embed(`widget=coalition-summary&src=${encodeURIComponent(`/__redirect?to=${target}`)}`);
    const summary = () => page.querySelector('coalition-summary')!;

    await waitUntil(() => summary().shadowRoot?.querySelector('[part="error"]'), 'the redirect did not fail', {
      timeout: 8000,
    });
    expect(summaryText(page)).not.to.include('31 countries');
  });

  it('shows text from its URL short and isolated, so it cannot reorder the message', async () => {
    const src = `https://evil.example/${'\u202e'}${'x'.repeat(300)}.json`;
    const page = await embed(`widget=coalition-summary&src=${encodeURIComponent(src)}`);

    const message = page.querySelector('[role="alert"]')!.textContent;
    expect(message).not.to.include('\u202e');
    expect(message).to.include('\u2068https://evil.example/');
    expect(message.length).to.be.lessThan(200);
  });
});
