import { readdirSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** One entry per element: src/components/<tag>/define.ts. */
const elementEntries = Object.fromEntries(
  readdirSync('src/components').map((tag) => [tag, `src/components/${tag}/define.ts`]),
);

const plugins = () => [
  typescript({ tsconfig: 'tsconfig.json', include: ['src/**/*.ts'], compilerOptions: { types: [] } }),
  nodeResolve(),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  {
    // For a CMS: one self-contained file that defines everything.
    input: 'src/coalition-widgets.ts',
    output: { file: 'dist/coalition-widgets.js', format: 'es' },
    plugins: plugins(),
  },
  {
    // For pages that use only some elements: one file per tag, sharing chunks.
    input: elementEntries,
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins(),
  },
];
