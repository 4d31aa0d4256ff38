import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

/**
 * linkedom 0.18.15 gave every node an empty listener map in a WeakMap when it was made. A saved page
 * is thousands of nodes, none with a listener: the maps were a tenth of a parse worker's time and the
 * WeakMap's entries most of its garbage collection. `patches/linkedom+0.18.15.patch` (applied by
 * patch-package on `npm install`) makes the map on the first `addEventListener`.
 */
describe('linkedom, as patched', () => {
  const root = dirname(require.resolve('linkedom/package.json'));

  it('is installed with the patch: no listener map per node', () => {
    for (const build of ['cjs', 'esm']) {
      const source = readFileSync(join(root, build, 'interface', 'event-target.js'), 'utf8');
      expect(source, `${build} build`).not.toContain('wm.set(this, new Map)');
      expect(source, `${build} build`).toContain('wm.set(this, map = new Map)');
    }
  });

  it('still dispatches, bubbles and removes listeners', () => {
    const { document, Event } = parseHTML(
      '<html><body><div id="outer"><p id="inner">x</p></div></body></html>',
    );
    const inner = document.getElementById('inner')!;
    const outer = document.getElementById('outer')!;
    const heard: string[] = [];
    const onInner = () => heard.push('inner');
    inner.addEventListener('ping', onInner);
    outer.addEventListener('ping', () => heard.push('outer'));
    // A node that never had a listener: removing one is a no-op, not an error.
    document.body.removeEventListener('ping', onInner);
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    inner.removeEventListener('ping', onInner);
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(heard).toEqual(['inner', 'outer', 'outer']);
  });
});
