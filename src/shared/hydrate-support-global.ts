/**
 * Whatever the page had as `globalThis.litElementHydrateSupport` before the kit's hydration loaded
 * (imported first by ./hydration.ts, so that it can put it back).
 */
export const otherHydrateSupport: unknown = (globalThis as { litElementHydrateSupport?: unknown })
  .litElementHydrateSupport;
