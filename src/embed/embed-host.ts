// The optional host script, dist/embed-host.js: pasted once in a page template, it sizes every kit
// iframe on the page, as the script each iframe snippet carries does where the template is out of reach.
import { sizeKitIframes } from './size-iframes.js';

sizeKitIframes();
