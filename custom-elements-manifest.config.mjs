export default {
  globs: ['src/components/*/*.ts'],
  exclude: ['src/components/*/*.styles.ts', 'src/components/*/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer also lists `dispatchEvent(new StoryLoadEvent(…))` as an event without a name;
      // the named one comes from the class's @fires tags.
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
