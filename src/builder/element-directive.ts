import { Directive, directive } from 'lit/directive.js';

/**
 * An element whose tag is chosen at run time, with these attributes: `${element(tag, { theme: 'dark' })}`
 * in a template. The same element is kept while the tag stays the same; attributes a later call
 * leaves out are removed.
 */
class ElementDirective extends Directive {
  #element?: HTMLElement;
  #names: string[] = [];

  render(tag: string, attributes: Record<string, string>): HTMLElement {
    if (this.#element?.localName !== tag) {
      this.#element = document.createElement(tag);
      this.#names = [];
    }
    const element = this.#element;
    for (const name of this.#names) if (!(name in attributes)) element.removeAttribute(name);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    this.#names = Object.keys(attributes);
    return element;
  }
}

export const element = directive(ElementDirective);
