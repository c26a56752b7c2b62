import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LanguageController } from '../../src/i18n/language-controller.js';
import { loadLocale } from '../../src/i18n/load-catalogue.js';

/** A widget as the kit's will be: it waits for its words, then writes a heading, a date and a count. */
class LanguageProbe extends LitElement {
  readonly i18n = new LanguageController(this);
  renders = 0;

  protected override shouldUpdate(): boolean {
    return this.i18n.ready;
  }

  protected override render() {
    this.renders++;
    return html`<h3>${this.i18n.t('objectives')}</h3>
      <p>${this.i18n.current.date('2025-04-10')}</p>
      <p>${this.i18n.t('countriesTakingPart', { count: 30, figure: 30 })}</p>`;
  }
}
customElements.define('language-probe', LanguageProbe);

/** What the probe shows, once its language has loaded and it has rendered. */
async function shown(probe: LanguageProbe): Promise<string[]> {
  await nextFrame(); // the observer's callback runs as a microtask after the change
  await probe.i18n.loaded;
  await probe.updateComplete;
  return [...probe.shadowRoot!.querySelectorAll('h3, p')].map((element) => element.textContent.trim());
}

describe('LanguageController', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.lang = pageLang;
  });

  it('writes in the page’s language: <html lang="fr">', async () => {
    document.documentElement.lang = 'fr';
    const probe = await fixture<LanguageProbe>(html`<language-probe></language-probe>`);
    expect(await shown(probe)).to.deep.equal(['Objectifs', '10\u00a0avril 2025', '30 pays participants']);
    expect(probe.i18n.language).to.equal('fr');
  });

  it('writes in a section’s language inside an English page: <section lang="de">', async () => {
    document.documentElement.lang = 'en';
    const section = await fixture(html`<section lang="de"><language-probe></language-probe></section>`);
    expect(await shown(section.querySelector<LanguageProbe>('language-probe')!)).to.deep.equal([
      'Ziele',
      '10.\u00a0April 2025',
      '30 teilnehmende Länder',
    ]);
  });

  it('writes in its own language: lang="uk"', async () => {
    document.documentElement.lang = 'en';
    const probe = await fixture<LanguageProbe>(html`<language-probe lang="uk"></language-probe>`);
    expect(await shown(probe)).to.deep.equal(['Цілі', '10\u00a0квітня 2025\u00a0р.', '30 країн беруть участь']);
  });

  it('writes Japanese on a lang="ja" page', async () => {
    document.documentElement.lang = 'ja';
    const probe = await fixture<LanguageProbe>(html`<language-probe></language-probe>`);
    expect(await shown(probe)).to.deep.equal(['目標', '2025年4月10日', '30か国が参加']);
  });

  it('takes a region’s language (fr-CA → fr) and English for a language the kit lacks (xx)', async () => {
    const page = await fixture(
      html`<div><language-probe lang="fr-CA"></language-probe><language-probe lang="xx"></language-probe></div>`,
    );
    const [canadian, unknown] = page.querySelectorAll<LanguageProbe>('language-probe');
    expect(await shown(canadian)).to.deep.equal(['Objectifs', '10\u00a0avril 2025', '30 pays participants']);
    expect(await shown(unknown)).to.deep.equal(['Objectives', '10 April 2025', '30 countries taking part']);
    expect(unknown.i18n.language).to.equal('en');
  });

  it('renders again when lang changes on the widget, an ancestor or <html>', async () => {
    document.documentElement.lang = 'en';
    const section = await fixture<HTMLElement>(html`<section><language-probe></language-probe></section>`);
    const probe = section.querySelector<LanguageProbe>('language-probe')!;
    expect((await shown(probe))[0]).to.equal('Objectives');
    document.documentElement.lang = 'pl';
    expect((await shown(probe))[0]).to.equal('Cele');
    section.lang = 'it';
    expect((await shown(probe))[0]).to.equal('Obiettivi');
    probe.lang = 'cs';
    expect((await shown(probe))[0]).to.equal('Cíle');
    probe.removeAttribute('lang');
    section.removeAttribute('lang');
    expect((await shown(probe))[0]).to.equal('Cele');
  });

  it('follows lang through a shadow root: a widget inside another component', async () => {
    const host = await fixture(html`<div lang="en"><span></span></div>`);
    const inner = host.querySelector('span')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<div><language-probe></language-probe></div>';
    const probe = inner.querySelector<LanguageProbe>('language-probe')!;
    expect((await shown(probe))[0]).to.equal('Objectives');
    inner.querySelector('div')!.lang = 'sv';
    expect((await shown(probe))[0]).to.equal('Mål');
  });

  it('loads a language once per page, however many widgets and changes ask for it', async () => {
    const page = await fixture(
      html`<div><language-probe lang="lv"></language-probe><language-probe lang="lv"></language-probe></div>`,
    );
    const [first, second] = page.querySelectorAll<LanguageProbe>('language-probe');
    expect((await shown(first))[0]).to.equal('Mērķi');
    expect((await shown(second))[0]).to.equal('Mērķi');
    first.lang = 'en';
    expect((await shown(first))[0]).to.equal('Objectives');
    const rendersBefore = first.renders;
    first.lang = 'lv';
    expect((await shown(first))[0]).to.equal('Mērķi');
    expect(first.renders).to.equal(rendersBefore + 1);
    const requests = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/src\/i18n\/catalogues\/lv\.ts/.test(entry.name));
    expect(requests).to.have.length(1);
    expect(await loadLocale('lv')).to.equal(first.i18n.locale); // made once, not per widget or per change
  });
});
