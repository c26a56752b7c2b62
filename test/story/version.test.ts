import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/coalition-widgets.js';

describe('VERSION', () => {
  it('is the version in package.json, so the double-registration warning names the right versions', async () => {
    const packageJson = (await (await fetch('/package.json')).json()) as { version: string };

    expect(VERSION).to.equal(packageJson.version);
  });
});
