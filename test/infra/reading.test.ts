// The test vocabulary's reader checked on its own: every widget test trusts what it says.
import { expect, fixture, html } from '@open-wc/testing';
import { isVisible, part, shownText } from '../support/reading.js';

class ReadingProbe extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `
      <style>
        .loud { text-transform: uppercase; }
        .gone { display: none; }
        .ghost { visibility: hidden; }
        .faint { opacity: 0; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
      </style>
      <p part="first">Shown <span class="loud">loud</span><span>er</span></p>
      <p class="gone">Not laid out</p>
      <p class="ghost">Invisible</p>
      <p class="faint" part="faint">Transparent</p>
      <span class="visually-hidden" part="screen-reader">For screen readers</span>
      <details><summary>More</summary><p part="inside">Inside a closed details</p></details>
      <div part="slotted"><slot>Fallback</slot></div>
    `;
  }
}
if (!customElements.get('reading-probe')) customElements.define('reading-probe', ReadingProbe);

class NestingProbe extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<h2>Outer</h2><reading-probe><b>slotted</b></reading-probe>';
  }
}
if (!customElements.get('nesting-probe')) customElements.define('nesting-probe', NestingProbe);

describe('test vocabulary: reading what a reader sees', () => {
  it('shownText() reads through shadow roots and slots, blocks apart, in their text-transform', async () => {
    const probe = await fixture<HTMLElement>(html`<nesting-probe></nesting-probe>`);

    expect(shownText(probe)).to.equal('Outer Shown LOUDer More slotted');
  });

  it('shownText() reads a slot’s fallback content when nothing is assigned to it', async () => {
    const probe = await fixture<HTMLElement>(html`<reading-probe></reading-probe>`);

    expect(shownText(part(probe, 'slotted'))).to.equal('Fallback');
  });

  it('shownText() reads hidden text only when asked: visually hidden, or all of it', async () => {
    const probe = await fixture<HTMLElement>(html`<reading-probe><b>slotted</b></reading-probe>`);

    expect(shownText(probe), 'by default').to.equal('Shown LOUDer More slotted');
    expect(shownText(probe, { alsoHidden: 'visually-hidden' })).to.equal(
      'Shown LOUDer For screen readers More slotted',
    );
    expect(shownText(probe, { alsoHidden: 'all' })).to.equal(
      'Shown LOUDer Not laid out Invisible Transparent For screen readers More Inside a closed details slotted',
    );
  });

  it('isVisible() is false for what a reader cannot see', async () => {
    const probe = await fixture<HTMLElement>(html`<reading-probe></reading-probe>`);
    const root = probe.shadowRoot!;

    expect(isVisible(part(probe, 'first')), 'a paragraph').to.equal(true);
    expect(isVisible(root.querySelector('.gone')), 'display: none').to.equal(false);
    expect(isVisible(root.querySelector('.ghost')), 'visibility: hidden').to.equal(false);
    expect(isVisible(part(probe, 'faint')), 'opacity: 0').to.equal(false);
    expect(isVisible(part(probe, 'screen-reader')), 'visually hidden').to.equal(false);
    expect(isVisible(part(probe, 'inside')), 'in a closed <details>').to.equal(false);
    expect(isVisible(part(probe, 'missing')), 'no such part').to.equal(false);
  });
});
