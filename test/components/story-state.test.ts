// What a widget tells assistive technology about its story: busy while a new one loads, and a
// failed story announced once, by its <coalition-data>, though every widget shows the message.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CoalitionData, QuoteCard } from '../../src/coalition-widgets.js';
import '../../src/coalition-widgets.js';
import { watchProblems } from '../support/problems.js';
import { part, shownText } from '../support/reading.js';
import { waitFor } from '../support/waiting.js';

const slowStory = '/test/fixtures/hostile/slow/stories/alt.json?delay=1500';

describe('a widget and the state of its story', () => {
  watchProblems(); // the kit's warnings are expected here: recorded, not printed

  it('is aria-busy while its story loads, and not once it has', async () => {
    const data = await fixture<CoalitionData>(
      html`<coalition-data src=${slowStory}><quote-card quote="healey-planning"></quote-card></coalition-data>`,
    );
    const card = data.querySelector('quote-card')!;
    await card.updateComplete;

    expect(card.getAttribute('aria-busy'), 'while loading').to.equal('true');

    await oneEvent(data, 'coalition-load');
    await card.updateComplete;
    expect(card.hasAttribute('aria-busy'), 'once loaded').to.equal(false);
  });

  it('shows a failed story on the provider and on each widget, and only the provider announces it', async () => {
    const data = await fixture<CoalitionData>(html`
      <coalition-data src="/test/fixtures/no-such-story.json">
        <quote-card quote="healey-planning"></quote-card>
        <coalition-summary></coalition-summary>
      </coalition-data>
    `);
    await waitFor(() => data.state.error, 'the story never failed');
    const widgets = [...data.querySelectorAll<QuoteCard>('quote-card, coalition-summary')];
    await Promise.all(widgets.map((widget) => widget.updateComplete));

    expect(part(data, 'error')?.getAttribute('role')).to.equal('alert');
    for (const widget of widgets) {
      const error = part(widget, 'error');
      expect(shownText(error), `<${widget.localName}> shows the message`).to.include('404');
      expect(error!.hasAttribute('role'), `<${widget.localName}> does not announce it again`).to.equal(false);
      expect(widget.hasAttribute('aria-busy')).to.equal(false);
    }
  });

  it('announces a widget’s own problem', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card quote="healey-planing"></quote-card>`);
    await card.updateComplete;

    expect(part(card, 'error')?.getAttribute('role')).to.equal('alert');
  });
});
