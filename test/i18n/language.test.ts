import { expect, fixture, html } from '@open-wc/testing';
import { declaredLanguage, kitLanguage } from '../../src/i18n/language.js';

describe('the language a widget is in', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('is its own lang, else the closest ancestor’s, else the page’s', async () => {
    document.documentElement.lang = 'en';
    const article = await fixture(html`
      <article>
        <section lang="de">
          <div><quote-card id="german"></quote-card></div>
        </section>
        <quote-card id="ukrainian" lang="uk"></quote-card>
        <quote-card id="page"></quote-card>
      </article>
    `);
    const language = (id: string) => declaredLanguage(article.querySelector(`#${id}`)!);
    expect(language('german')).to.equal('de');
    expect(language('ukrainian')).to.equal('uk');
    expect(language('page')).to.equal('en');
    document.documentElement.lang = 'ja';
    expect(language('page')).to.equal('ja');
  });

  it('reads through a shadow root to the host’s ancestors', async () => {
    const host = await fixture(html`<div lang="pl"><span></span></div>`);
    const shadow = host.querySelector('span')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<quote-card></quote-card>';
    expect(declaredLanguage(shadow.querySelector('quote-card')!)).to.equal('pl');
  });

  it('is unknown for lang="" and for a page that says nothing', async () => {
    document.documentElement.removeAttribute('lang');
    const blank = await fixture(html`<div lang=""><quote-card></quote-card></div>`);
    expect(declaredLanguage(blank.querySelector('quote-card')!)).to.equal('');
    const bare = await fixture(html`<div><quote-card></quote-card></div>`);
    expect(declaredLanguage(bare.querySelector('quote-card')!)).to.equal('');
  });

  it('falls back from a region to its language, and from an unknown language to English', () => {
    expect(kitLanguage('fr-CA')).to.equal('fr');
    expect(kitLanguage('PT_br')).to.equal('pt');
    expect(kitLanguage('ja-JP')).to.equal('ja');
    expect(kitLanguage('xx')).to.equal('en');
    expect(kitLanguage('')).to.equal('en');
    expect(kitLanguage('en-GB')).to.equal('en');
  });
});
