// Harness checks: these prove the test runner itself works in every browser.
import { expect } from '@open-wc/testing';
class InfraProbe extends HTMLElement {
    constructor() {
        super();
        const root = this.attachShadow({ mode: 'open' });
        root.innerHTML = '<style>:host{display:inline-block}</style><span part="label">probe ok</span>';
    }
}
if (!customElements.get('infra-probe'))
    customElements.define('infra-probe', InfraProbe);
describe('test harness', () => {
    it('renders a custom element with a visible shadow root', async () => {
        const el = document.createElement('infra-probe');
        document.body.append(el);
        try {
            await new Promise(requestAnimationFrame);
            expect(el.shadowRoot).to.not.equal(null);
            const label = el.shadowRoot.querySelector('span');
            expect(label.textContent).to.equal('probe ok');
            const box = label.getBoundingClientRect();
            expect(box.width).to.be.greaterThan(0);
            expect(box.height).to.be.greaterThan(0);
        }
        finally {
            el.remove();
        }
    });
    it('serves the repository root (fetch /package.json)', async () => {
        const res = await fetch('/package.json');
        expect(res.ok).to.equal(true);
        const pkg = (await res.json());
        expect(pkg.name).to.equal('coalition-widgets');
    });
});
