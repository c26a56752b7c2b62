export default {
  // The widgets, and the class their common attributes come from.
  globs: ['src/components/*/*.ts', 'src/shared/widget-element.ts'],
  exclude: ['src/components/*/*.styles.ts', 'src/components/*/define.ts'],
  outdir: '.',
  litelement: true,
  // package.json's customElements field is kept by hand; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    {
      name: 'tidy-manifest',
      packageLinkPhase({ customElementsManifest }) {
        // Files are analysed in whatever order the file system gives; the committed manifest must not depend on it.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        // The analyzer also lists `dispatchEvent(new StoryLoadEvent(…))` as an event without a name;
        // the named one comes from the class's @fires tags.
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
