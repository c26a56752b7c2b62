import { expect } from '@open-wc/testing';
import { isLocalUrl } from '../../src/embed/local-url.js';

describe('isLocalUrl: addresses readers’ browsers cannot reach', () => {
  const local = [
    'http://localhost:8000/dist/',
    'http://LOCALHOST/dist/',
    'http://app.localhost/',
    'http://127.0.0.1/',
    'http://127.8.9.10/',
    'http://0.0.0.0/',
    'http://10.0.0.5/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.20:8000/',
    'http://169.254.1.1/',
    'http://[::1]/',
    'http://[fd12:3456::1]/',
    'http://[fe80::1]/',
    'http://devbox/dist/',
    'http://newsroom.local/',
    'http://cms.internal/',
    'file:///Users/editor/dist/',
  ];
  const reachable = [
    'https://cdn.jsdelivr.net/npm/coalition-widgets@0.1.0/dist/',
    'https://news.example/kit/dist/',
    'http://172.32.0.1/',
    'http://172.15.0.1/',
    'http://8.8.8.8/',
    'http://[2001:db8::1]/',
    'not a url',
  ];
  for (const url of local) it(`${url} is local`, () => expect(isLocalUrl(url)).to.equal(true));
  for (const url of reachable) it(`${url} is not`, () => expect(isLocalUrl(url)).to.equal(false));
});
