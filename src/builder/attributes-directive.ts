import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets an element's attributes from a record, and removes those a later record leaves out:
 * `<${tag} ${attributes({ theme: 'dark' })}>` for a tag chosen at run time.
 */
class AttributesDirective extends Directive {
  #names: string[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes where an attribute would, inside a tag');
  }

  render(_attributes: Record<string, string>) {
    return nothing;
  }

  override update(part: ElementPart, [attributes]: [Record<string, string>]) {
    for (const name of this.#names) if (!(name in attributes)) part.element.removeAttribute(name);
    for (const [name, value] of Object.entries(attributes)) part.element.setAttribute(name, value);
    this.#names = Object.keys(attributes);
    return nothing;
  }
}

export const attributes = directive(AttributesDirective);
