/**
 * Showing HTML our export writers made (the PDF's page, Anki's fields) inside the app, safely under the
 * strict CSP: parsed in an inert document, stripped of anything active (scripts, frames, links,
 * handlers, URLs), then placed in a shadow root so its styles stay inside. Its `<style>` becomes a
 * constructed stylesheet and its style attributes are set through the CSSOM: the CSP refuses inline
 * styles in markup (`style-src 'self'`), not the CSSOM. Imported text was escaped by the writers; this
 * is the second line of defence.
 */

const REMOVED =
  'script, style, link, meta, base, iframe, frame, object, embed, form, input, button, img, svg, math, template, audio, video';

/** The body of `html` without anything that could run, load or navigate, and the CSS of its `<style>`s. */
export function inertHtml(html: string): { body: HTMLElement; css: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const css = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  for (const element of [...doc.querySelectorAll(REMOVED)]) element.remove();
  for (const element of [...doc.body.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      // Links only to anchors in the same page (the contents); no handler, no URL of any kind.
      const anchor = name === 'href' && attribute.value.startsWith('#');
      if (
        name.startsWith('on') ||
        name === 'src' ||
        name === 'srcset' ||
        name === 'action' ||
        (name === 'href' && !anchor) ||
        name === 'xlink:href' ||
        name === 'formaction'
      )
        element.removeAttribute(attribute.name);
    }
  }
  return { body: doc.body, css };
}

/** A printed page's CSS for a shadow root: `html`/`body` rules apply to the host and its page, no `@page`. */
export function shadowCss(css: string): string {
  return css
    .replace(/@page\s*\{[^}]*\}/g, '')
    .replace(/(^|[\s,}])html(\s*[{,])/g, '$1:host$2')
    .replace(/(^|[\s,}])body(\s*[{,])/g, '$1.page-body$2');
}

/** Puts `html` (with `extraCss`) in the shadow root of `host`, replacing what was there. */
export function renderInShadow(host: HTMLElement, html: string, extraCss = ''): void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const { body, css } = inertHtml(html);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${shadowCss(css)}\n${extraCss}`);
  root.adoptedStyleSheets = [sheet];
  const page = document.createElement('div');
  page.className = 'page-body';
  const styled = [...body.querySelectorAll<HTMLElement>('[style]')].map(
    (e) => [e, e.getAttribute('style') ?? ''] as const,
  );
  page.append(...[...body.childNodes].map((node) => document.importNode(node, true)));
  root.replaceChildren(page);
  // Style attributes through the CSSOM (the CSP would refuse them as markup): same order, same elements.
  const imported = [...page.querySelectorAll<HTMLElement>('[style]')];
  imported.forEach((element, i) => {
    const value = styled[i]?.[1] ?? '';
    element.removeAttribute('style');
    element.style.cssText = value;
  });
}
