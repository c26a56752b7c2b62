// Writes framework types and IDE data from custom-elements.json (run at the end of `npm run build`):
//   dist/types/react.d.ts   React 19 JSX IntrinsicElements: properties, `on<event>` handlers, React's own props
//   dist/types/vue.d.ts     Vue 3 GlobalComponents, for vue-tsc and Volar
//   dist/types/svelte.d.ts  Svelte 5 SvelteHTMLElements, for svelte-check and the Svelte language server
//   dist/react/index.{js,d.ts}  React components made with @lit/react (`coalition-widgets/react`), whose
//                           camelCase event props (`onCoalitionLoad`) TypeScript checks by name, which it
//                           cannot do for a hyphenated JSX prop such as `oncoalition-lod` (docs/frameworks.md)
//   dist/angular/index.{js,d.ts}  Angular directives (`coalition-widgets/angular`), one per element, whose
//                           typed inputs make strictTemplates check `[theme]="'drak'"`, which Angular does
//                           not do for a custom element's own properties (docs/frameworks.md)
//   dist/vscode.html-custom-data.json  VS Code custom HTML data (custom-element-vs-code-integration)
//   dist/web-types.json     JetBrains web-types (custom-element-jet-brains-integration)
// Angular's strict templates type events from the kit's own HTMLElementTagNameMap and
// GlobalEventHandlersEventMap, so the directives have inputs only.
//
// Property types are not copied as text from the manifest: each one is written as an indexed access
// on the element class (`QuoteCard['theme']`), so the d.ts files always agree with dist/lib. For the
// IDE data, which needs the values spelt out, the TypeScript checker expands them from dist/lib
// (`Theme | undefined` becomes "light" | "dark" | "auto").
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const libEntry = '../lib/coalition-widgets.js'; // from dist/types/
const libTypes = join(root, 'dist/lib/coalition-widgets.d.ts');

// ---- the elements, as the manifest describes them ----
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => ({
    tag: declaration.tagName,
    className: declaration.name,
    summary: declaration.summary ?? '',
    // Public, writable instance fields: what a framework may set.
    properties: (declaration.members ?? []).filter(
      (member) =>
        member.kind === 'field' &&
        !member.static &&
        !member.readonly &&
        (member.privacy ?? 'public') === 'public' &&
        !member.name.startsWith('#'),
    ),
    events: (declaration.events ?? []).filter((event) => event.name),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));
if (elements.length === 0) throw new Error('custom-elements.json lists no custom elements');

// Every class and event type the d.ts files name must be exported by the package entry.
const exported = new Set(exportedNames(libTypes));
const eventTypeOf = (event) => {
  const name = event.type?.text?.trim();
  if (name && /^[A-Za-z_$][\w$]*$/.test(name) && exported.has(name)) return name;
  if (name)
    console.warn(`generate-framework-types: event ${event.name} has type ${name}, not exported: using CustomEvent`);
  return 'CustomEvent';
};
for (const element of elements) {
  if (!exported.has(element.className))
    throw new Error(`${element.className} is not exported from dist/lib/coalition-widgets.js`);
}
const importNames = [
  ...new Set([...elements.map((e) => e.className), ...elements.flatMap((e) => e.events.map(eventTypeOf))]),
]
  .filter((name) => name !== 'CustomEvent')
  .sort();

// ---- shared text ----
const header = (what) =>
  `// ${what}\n// Generated from custom-elements.json by scripts/generate-framework-types.mjs: do not edit.\n`;
const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.trim().replace(/\*\//g, '*\\/').replace(/\n\s*/g, `\n${indent} * `)} */\n` : '';
const quoteKey = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const propsName = (element) => `${element.className}Props`;
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const imports = `import type {\n${importNames.map((n) => `  ${n},\n`).join('')}} from '${libEntry}';\n`;

/** One `…Props` interface per element; `eventKey` names the handler prop for an event. */
function propsInterfaces(eventKey) {
  return elements
    .map((element) => {
      const lines = [
        ...element.properties.map(
          (p) => `${doc(p.description)}  ${quoteKey(p.name)}?: ${element.className}['${p.name}'];\n`,
        ),
        ...element.events.map(
          (e) =>
            `${doc(`\`${e.name}\`: ${e.description ?? ''}`)}  ${quoteKey(eventKey(e.name))}?: (event: ${eventTypeOf(e)}) => void;\n`,
        ),
      ];
      return `${doc(`\`<${element.tag}>\`: ${element.summary}`, '')}export interface ${propsName(element)} {\n${lines.join('')}}\n`;
    })
    .join('\n');
}

// ---- React 19 ----
// React 19 sets a prop on a custom element as a property when the element has it (else as an
// attribute), and `on<name>` adds a listener for the event `<name>` exactly as written.
const react = `${header("React 19 JSX types for coalition-widgets. Use: import type {} from 'coalition-widgets/types/react';")}
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports}
${propsInterfaces((name) => `on${name}`)}
/** React's own props for an element (key, ref, className, children, …) and the element's. */
export type ReactElementProps<E extends HTMLElement, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      '${e.tag}': ReactElementProps<${e.className}, ${propsName(e)}>;\n`).join('')}    }
  }
}
`;

// ---- Vue 3 ----
// vue-tsc checks \`@coalition-load\` against a prop \`onCoalitionLoad\`; at run time Vue turns it back into
// a listener for \`coalition-load\`, and sets \`:data\` as a property when the element has it.
const vue = `${header("Vue 3 types for coalition-widgets. Use: import type {} from 'coalition-widgets/types/vue';")}
import type { DefineComponent, HTMLAttributes } from 'vue';
${imports}
${propsInterfaces((name) => camel(`on-${name}`))}
/** \`data-*\` attributes, which vue-tsc checks camelized (\`data-test-id\` as \`dataTestId\`). */
export type DataAttributes = { [key: \`data\${Capitalize<string>}\`]: unknown };

/** Vue's own attributes for an element (class, style, id, …), data-* attributes and the element's. */
export type VueElement<P> = DefineComponent<P & Omit<HTMLAttributes, keyof P> & DataAttributes>;

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `    '${e.tag}': VueElement<${propsName(e)}>;\n`).join('')}  }
}
`;

// ---- Svelte 5 ----
// Svelte 5 sets an attribute as a property when the element has it, and \`on<name>\` listens for \`<name>\`.
const svelte = `${header("Svelte 5 types for coalition-widgets. Use: import type {} from 'coalition-widgets/types/svelte';")}
import type { HTMLAttributes } from 'svelte/elements';
${imports}
${propsInterfaces((name) => `on${name}`)}
declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map((e) => `    '${e.tag}': Omit<HTMLAttributes<${e.className}>, keyof ${propsName(e)}> & ${propsName(e)};\n`).join('')}  }
}
`;

// ---- React components made with @lit/react ----
// Each element from its own define module when there is one, so a bundle takes only what it uses.
const defineModule = (element) => {
  const module = manifest.modules.find((m) => m.declarations?.some((d) => d.name === element.className));
  const candidate = module && `../lib/${dirname(module.path).replace(/^src\//, '')}/define.js`;
  return candidate && existsSync(join(root, 'dist/react', candidate)) ? candidate : '../lib/coalition-widgets.js';
};
const reactEvents = (element) => element.events.map((e) => [camel(`on-${e.name}`), e]);
const reactWrappersJs = `${header('React components for coalition-widgets, made with @lit/react.')}
import * as React from 'react';
import { createComponent } from '@lit/react';
${elements
  .map(
    (e) => `import { ${e.className} as ${e.className}Element } from '${defineModule(e)}';
`,
  )
  .join('')}
${elements
  .map(
    (e) => `export const ${e.className} = createComponent({
  react: React,
  tagName: '${e.tag}',
  elementClass: ${e.className}Element,
  events: { ${reactEvents(e)
    .map(([prop, event]) => `${prop}: '${event.name}'`)
    .join(', ')} },
  displayName: '${e.className}',
});
`,
  )
  .join('\n')}`;
const reactWrappersDts = `${header("React components for coalition-widgets, made with @lit/react. Use: import { QuoteCard } from 'coalition-widgets/react';")}
import type { EventName, ReactWebComponent } from '@lit/react';
import type {
${importNames.map((n) => `  ${elements.some((e) => e.className === n) ? `${n} as ${n}Element` : n},\n`).join('')}} from '../lib/coalition-widgets.js';

${elements
  .map(
    (e) => `${doc(`\`<${e.tag}>\`: ${e.summary}`, '')}export declare const ${e.className}: ReactWebComponent<
  ${e.className}Element,
  {
${reactEvents(e)
  .map(
    ([prop, event]) =>
      `${doc(`\`${event.name}\`: ${event.description ?? ''}`, '    ')}    ${prop}: EventName<${eventTypeOf(event)}>;\n`,
  )
  .join('')}  }
>;
`,
  )
  .join('\n')}`;

// ---- Angular directives, in Angular's partial compilation format ----
// Written as `ngc` with `compilationMode: "partial"` writes a library (the Angular Package Format):
// the app's Angular CLI links the `ɵɵngDeclare…` calls when it bundles the file, and its template type
// checker reads the inputs from the `ɵɵDirectiveDeclaration` type. Written here rather than compiled,
// so the kit's build needs no Angular; the example app in examples/angular links and type-checks it.
// Each input's setter sets the element's property, as Angular does itself for a custom element.
const directiveName = (element) => `${element.className}Directive`;
// A plain attribute (`<coalition-data page timeout="5000">`) is a string input too. For a boolean or
// number property the directive sets it as the attribute, so the element converts it as in HTML, and
// the input also takes those strings: '' for a boolean, a numeral for a number.
const attributeOf = (element, property) => {
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === element.className);
  const attribute = declaration?.attributes?.find((a) => a.fieldName === property.name);
  const base = (property.type?.text ?? '').replace(/\s*\|\s*undefined/g, '').trim();
  return attribute && (base === 'boolean' || base === 'number') ? { name: attribute.name, base } : undefined;
};
const angularInputType = (element, property) => {
  const attribute = attributeOf(element, property);
  const type = `${element.className}['${property.name}']`;
  return !attribute ? type : attribute.base === 'boolean' ? `${type} | ''` : `${type} | \`\${number}\``;
};
const angularSetter = (element, property) => {
  const attribute = attributeOf(element, property);
  const set = `this.#element[${JSON.stringify(property.name)}] = value;`;
  return attribute
    ? `    if (typeof value === 'string') this.#element.setAttribute(${JSON.stringify(attribute.name)}, value);\n    else ${set}\n`
    : `    ${set}\n`;
};
const angularPartialVersion = { min: '14.0.0', version: '16.0.0' }; // object-form input types: Angular 16+
const angularJs = `${header("Angular directives for coalition-widgets (partial compilation). Use: import { QuoteCardDirective } from 'coalition-widgets/angular';")}
import * as i0 from '@angular/core';
${[...new Set(elements.map(defineModule))].map((m) => `import '${m}';\n`).join('')}
${elements
  .map(
    (e) => `export class ${directiveName(e)} {
  #element = i0.inject(i0.ElementRef).nativeElement;
${e.properties.map((p) => `  set ${quoteKey(p.name)}(value) {\n${angularSetter(e, p)}  }\n`).join('')}  static ɵfac = i0.ɵɵngDeclareFactory({ minVersion: '12.0.0', version: '${angularPartialVersion.version}', ngImport: i0, type: ${directiveName(e)}, deps: [], target: i0.ɵɵFactoryTarget.Directive });
  static ɵdir = i0.ɵɵngDeclareDirective({ minVersion: '${angularPartialVersion.min}', version: '${angularPartialVersion.version}', type: ${directiveName(e)}, isStandalone: true, selector: '${e.tag}', inputs: { ${e.properties.map((p) => `${quoteKey(p.name)}: ${JSON.stringify(p.name)}`).join(', ')} }, ngImport: i0 });
}
`,
  )
  .join('\n')}
/** All the directives, for a standalone component's \`imports\`. */
export const COALITION_WIDGETS = [${elements.map(directiveName).join(', ')}];
`;
const angularDts = `${header("Angular directives for coalition-widgets (partial compilation). Use: import { QuoteCardDirective } from 'coalition-widgets/angular';")}
import type * as i0 from '@angular/core';
import type { ${elements.map((e) => e.className).join(', ')} } from '../lib/coalition-widgets.js';

${elements
  .map(
    (
      e,
    ) => `${doc(`\`<${e.tag}>\`: ${e.summary} Typed inputs for its properties, so strictTemplates checks their bindings.`, '')}export declare class ${directiveName(e)} {
  #private;
${e.properties.map((p) => `${doc(p.description)}  set ${quoteKey(p.name)}(value: ${angularInputType(e, p)});\n`).join('')}  static ɵfac: i0.ɵɵFactoryDeclaration<${directiveName(e)}, never>;
  static ɵdir: i0.ɵɵDirectiveDeclaration<${directiveName(e)}, '${e.tag}', never, { ${e.properties.map((p) => `'${p.name}': { alias: '${p.name}'; required: false }`).join('; ')} }, {}, never, never, true, never>;
}
`,
  )
  .join('\n')}
/** All the directives, for a standalone component's \`imports\`. */
export declare const COALITION_WIDGETS: readonly [${elements.map((e) => `typeof ${directiveName(e)}`).join(', ')}];
`;

// ---- IDE data: expand each type from dist/lib, then let the generators format it ----
const expanded = expandTypes();
const ideManifest = structuredClone(manifest);
for (const declaration of ideManifest.modules.flatMap((m) => m.declarations ?? [])) {
  for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
    const name = item.fieldName ?? item.name;
    const text = expanded.get(`${declaration.name}.${name}`);
    if (text) item.expandedType = { text };
  }
}
const ideOptions = { typesSrc: 'expandedType', hideLogs: true, hideMethodDocs: true };
const vscode = getVsCodeHtmlCustomData(ideManifest, ideOptions);
const webTypes = JSON.parse(getWebTypesData(ideManifest, { ...ideOptions, packageJson: false }));
webTypes.name = pkg.name;
webTypes.version = pkg.version;
webTypes['js-types-syntax'] = 'typescript';

// ---- write ----
const write = (file, text) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};
write('dist/types/react.d.ts', react);
write('dist/types/vue.d.ts', vue);
write('dist/types/svelte.d.ts', svelte);
write('dist/react/index.js', reactWrappersJs);
write('dist/react/index.d.ts', reactWrappersDts);
write('dist/angular/index.js', angularJs);
write('dist/angular/index.d.ts', angularDts);
write('dist/vscode.html-custom-data.json', JSON.stringify(JSON.parse(vscode), null, 2) + '\n');
write('dist/web-types.json', JSON.stringify(webTypes, null, 2) + '\n');
console.log(
  `wrote dist/types/{react,vue,svelte}.d.ts, dist/react/index.{js,d.ts}, dist/angular/index.{js,d.ts}, dist/vscode.html-custom-data.json, dist/web-types.json (${elements.length} elements)`,
);

// ---- helpers ----

/** Names exported by the package entry's d.ts. */
function exportedNames(file) {
  const program = ts.createProgram([file], { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} is missing: run the build first`);
  return checker.getExportsOfModule(checker.getSymbolAtLocation(source)).map((s) => s.name);
}

/** `Class.field` -> the field's type spelt out (`"light" | "dark" | "auto" | undefined`). */
function expandTypes() {
  const typesFile = join(root, 'dist/types/__expand.ts');
  const lines = [`import type * as K from '${libEntry}';`];
  const keys = [];
  for (const element of elements) {
    for (const p of element.properties) {
      lines.push(`export type T${keys.length} = K.${element.className}['${p.name}'];`);
      keys.push(`${element.className}.${p.name}`);
    }
  }
  const text = lines.join('\n');
  const options = {
    noEmit: true,
    skipLibCheck: true,
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, ...rest) =>
    resolve(name) === typesFile
      ? ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true)
      : getSourceFile(name, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => resolve(name) === typesFile || fileExists(name);
  const program = ts.createProgram([typesFile], options, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(typesFile);
  const result = new Map();
  for (const statement of source.statements) {
    if (!ts.isTypeAliasDeclaration(statement)) continue;
    const index = Number(statement.name.text.slice(1));
    const type = checker.getTypeAtLocation(statement.name);
    const parts = type.isUnion() ? type.types : [type];
    // Spell out unions of literals only; anything else keeps the manifest's own text.
    if (
      parts.some((t) => t.isStringLiteral()) &&
      parts.every((t) => t.isLiteral() || t.flags & ts.TypeFlags.Undefined)
    ) {
      result.set(keys[index], parts.map((t) => checker.typeToString(t)).join(' | '));
    }
  }
  return result;
}
