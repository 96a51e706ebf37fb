import { expect } from '@open-wc/testing';
import { SporElement, defineElement } from '../../src/internal/spor-element.js';

describe('defineElement(tag, constructor) and static dependencies', () => {
  it('registers the children a parent renders under their default names', () => {
    class Child extends SporElement {}
    class Parent extends SporElement {
      static override dependencies = { 'deps-a-child': Child };
    }
    defineElement('deps-a-parent', Parent);
    expect(customElements.get('deps-a-parent')).to.equal(Parent);
    expect(customElements.get('deps-a-child')).to.equal(Child);
  });

  it('leaves a default name that is taken alone, without throwing', () => {
    class Theirs extends HTMLElement {}
    customElements.define('deps-b-child', Theirs);
    class Child extends SporElement {}
    class Parent extends SporElement {
      static override dependencies = { 'deps-b-child': Child };
    }
    defineElement('deps-b-parent', Parent);
    expect(customElements.get('deps-b-child')).to.equal(Theirs);
    expect(customElements.getName(Child)).to.equal(null);
  });

  it('keeps a child the host named itself, and renders it under that name', () => {
    class Child extends SporElement {}
    class Parent extends SporElement {
      static override dependencies = { 'deps-c-child': Child };
      childTag(): string {
        return this.tagOf('deps-c-child');
      }
    }
    customElements.define('host-c-child', Child);
    // The host defines the parent itself, so only its constructor can see to the children.
    customElements.define('host-c-parent', Parent);
    const parent = document.createElement('host-c-parent') as Parent;
    expect(customElements.get('deps-c-child')).to.equal(undefined);
    expect(parent.childTag()).to.equal('host-c-child');
  });

  it('registers the children when the host defines the parent itself and makes one', () => {
    class Child extends SporElement {}
    class Parent extends SporElement {
      static override dependencies = { 'deps-d-child': Child };
    }
    customElements.define('host-d-parent', Parent);
    expect(customElements.get('deps-d-child')).to.equal(undefined);
    document.createElement('host-d-parent');
    expect(customElements.get('deps-d-child')).to.equal(Child);
  });

  it('does not throw when the tag or the class is already registered', () => {
    class First extends SporElement {}
    class Second extends SporElement {}
    defineElement('deps-e', First);
    expect(() => defineElement('deps-e', Second)).not.to.throw();
    expect(() => defineElement('deps-e-again', First)).not.to.throw();
    expect(customElements.get('deps-e')).to.equal(First);
    expect(customElements.get('deps-e-again')).to.equal(undefined);
  });

  it('warns once per page when a second copy of the kit finds its tags taken', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const warned = Symbol.for('spor.second-copy-warned');
    const page = globalThis as { [warned]?: boolean };
    const before = page[warned];
    page[warned] = false;
    try {
      class FirstCopy extends SporElement {}
      class FirstCopyChild extends SporElement {}
      class SecondCopy extends SporElement {}
      class SecondCopyChild extends SporElement {}
      class SecondCopyParent extends SporElement {
        static override dependencies = { 'deps-f-child': SecondCopyChild };
      }
      defineElement('deps-f', FirstCopy);
      defineElement('deps-f-child', FirstCopyChild);
      defineElement('deps-f', FirstCopy);
      expect(warnings, 'the same class again is not a second copy').to.have.length(0);
      expect(() => defineElement('deps-f', SecondCopy)).not.to.throw();
      // Its parent is new, its child's tag is taken: still the one warning.
      expect(() => defineElement('deps-f-parent', SecondCopyParent)).not.to.throw();
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.contain('<deps-f>').and.contain('second copy');
    } finally {
      console.warn = warn;
      page[warned] = before;
    }
  });
});
