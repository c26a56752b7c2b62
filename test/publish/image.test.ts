// `coalition-widgets image`: each widget's image (drawn without a browser) looks like the widget as
// Chromium draws it, within a stated tolerance, and has its text alternative written beside it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Drawn {
  tag: string;
  attributes: Record<string, string>;
}

interface Comparison {
  image: { width: number; height: number };
  screenshot: { width: number; height: number };
  meanDifference: number;
  squaresOff: number;
  alt: string;
  imageBytes: number;
  imageMs: number;
}

/**
 * The tolerance (README, "Images"): the same width, heights within 3%, and, cut into 16 px squares
 * whose mean colours are compared (distance on the 0-255 scale of one channel), a mean distance
 * under 4 with at most 2% of squares more than 24 apart. Measured here: at most 2.0 and 0.5%, glyphs
 * being drawn by two engines; another quote, theme, highlight or layout is far outside (last tests).
 */
const TOLERANCE = { height: 0.03, meanDifference: 4, squaresOff: 0.02 };

function compare(image: Drawn, widget: Drawn = image, width = 600): Promise<Comparison> {
  return executeServerCommand<Comparison, unknown>('compare-image', { image, widget, width });
}

const IMAGES: (Drawn & { width?: number; says: string[] })[] = [
  { tag: 'quote-card', attributes: { quote: 'healey-planning' }, says: ['Our planning is real and substantial.'] },
  {
    tag: 'quote-card',
    attributes: { quote: 'healey-post', theme: 'dark' },
    says: ['@JohnHealey_MP', 'UK Defence Secretary', 'Post on X', 'The post included a photo: view it on X'],
  },
  { tag: 'quote-card', attributes: { quote: 'macron-with-or-without' }, width: 360, says: ['Emmanuel Macron'] },
  {
    tag: 'satellite-compare',
    attributes: {},
    says: [
      'The United States has about 15 times France’s military satellites and 42 times the United Kingdom’s, according to the report',
      'United States: 249 military satellites',
      'France: 17',
    ],
  },
  {
    tag: 'satellite-compare',
    attributes: { highlight: 'UK', theme: 'dark' },
    width: 400,
    says: ['The United States has about 42 times the United Kingdom’s military satellites', 'United Kingdom: 6'],
  },
  { tag: 'coalition-summary', attributes: {}, says: ['6 of 30 countries are reportedly considering sending troops.'] },
  { tag: 'coalition-summary', attributes: { layout: 'compact', theme: 'dark' }, says: ['10,000–30,000'] },
  { tag: 'coalition-summary', attributes: { layout: 'compact' }, width: 360, says: ['countries taking part'] },
];

describe('coalition-widgets image', function () {
  // Each comparison runs the command and a Chromium of its own: seconds on two shared cores.
  this.timeout(60_000);

  for (const { tag, attributes, width = 600, says } of IMAGES) {
    const name = `<${tag}${Object.entries(attributes)
      .map(([key, value]) => ` ${key}="${value}"`)
      .join('')}> at ${width} px`;

    it(`${name}: looks like the widget in Chromium, within the tolerance`, async () => {
      const result = await compare({ tag, attributes }, undefined, width);

      expect(result.image.width, 'width').to.equal(result.screenshot.width);
      expect(
        Math.abs(result.image.height - result.screenshot.height) / result.screenshot.height,
        'height',
      ).to.be.at.most(TOLERANCE.height);
      expect(result.meanDifference, 'mean colour distance').to.be.below(TOLERANCE.meanDifference);
      expect(result.squaresOff, 'share of squares apart').to.be.at.most(TOLERANCE.squaresOff);
    });

    it(`${name}: has its text alternative beside it`, async () => {
      const { alt } = await compare({ tag, attributes }, undefined, width);

      for (const words of says) expect(alt).to.include(words);
    });
  }

  // The tolerance tells widgets apart: each of these is far outside it.
  const OTHERS: [string, Drawn, Drawn][] = [
    [
      'another quote',
      { tag: 'quote-card', attributes: { quote: 'healey-planning' } },
      { tag: 'quote-card', attributes: { quote: 'healey-stepping-up' } },
    ],
    [
      'the other theme',
      { tag: 'satellite-compare', attributes: {} },
      { tag: 'satellite-compare', attributes: { theme: 'dark' } },
    ],
    [
      'another highlight',
      { tag: 'satellite-compare', attributes: { highlight: 'US' } },
      { tag: 'satellite-compare', attributes: { highlight: 'UK' } },
    ],
    [
      'the other layout',
      { tag: 'coalition-summary', attributes: { layout: 'compact' } },
      { tag: 'coalition-summary', attributes: {} },
    ],
  ];
  for (const [what, image, widget] of OTHERS) {
    it(`an image of ${what} is outside the tolerance`, async () => {
      const result = await compare(image, widget);

      const heightOff = Math.abs(result.image.height - result.screenshot.height) / result.screenshot.height;
      expect(
        heightOff > TOLERANCE.height ||
          result.meanDifference >= TOLERANCE.meanDifference ||
          result.squaresOff > TOLERANCE.squaresOff,
      ).to.equal(true);
    });
  }
});
