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
  // `<style>` and style attributes never reach a parser: the page's CSP would refuse them (and report
  // it), even in an inert document. The writers escape quotes and `<` in text, so these match markup only.
  const css: string[] = [];
  const markup = html
    .replace(/<style[^>]*>([\s\S]*?)<\/style>/gi, (_, rules: string) => {
      css.push(rules);
      return '';
    })
    .replace(/(<[^>]*?\s)style="/gi, '$1data-style="');
  const doc = new DOMParser().parseFromString(markup, 'text/html');
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
  return { body: doc.body, css: css.join('\n') };
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
  page.append(...[...body.childNodes].map((node) => document.importNode(node, true)));
  root.replaceChildren(page);
  // The style attributes come back through the CSSOM, which the CSP allows.
  for (const element of [...page.querySelectorAll<HTMLElement>('[data-style]')]) {
    element.style.cssText = element.dataset.style ?? '';
    element.removeAttribute('data-style');
  }
}
