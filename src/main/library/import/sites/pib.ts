import { textOf, type DomElement } from '../dom';
import { readMetaLine } from '../meta-lines';
import { uniqueTags } from '../tags';
import { hostIs, removeAll, type SiteRule } from './rule';

const CHROME =
  '#MinistryName,.MinistryNameSubhead,#Titleh2,#Subtitleh3,#PrDateTime,.ReleaseDateSubHeaddateTime,#ReleaseId,' +
  '#lblViews,.ReleaseLang,.RelTag,.RelLink,#PdfDiv,#accessories,.social_mb,.sticky-social_mb,#lg_g,#reel_pic';

/**
 * PIB press releases: ministry above the title (`#MinistryName`), `<h2 id="Titleh2">`, then
 * `Posted On: 31 DEC 2019 6:48PM by PIB Delhi` (Hindi: `प्रविष्टि तिथि:`). The ministry becomes a tag.
 * Release ID, visitor counter, `Read this release in`, the hidden print copy and `*****` are dropped.
 */
export const pib: SiteRule = {
  source: 'PIB',
  matches: (doc, meta) =>
    hostIs(meta.url, 'pib.gov.in') ||
    hostIs(meta.url, 'pib.nic.in') ||
    doc.querySelector('#Titleh2,#PrDateTime') !== null,
  articles: (doc, meta) => {
    const titleEl = doc.querySelector('#Titleh2') ?? doc.querySelector('.event-heading-background h2');
    if (!titleEl) return [];
    const title = textOf(titleEl);
    const subtitle = textOf(doc.querySelector('#Subtitleh3'));
    const ministry = textOf(doc.querySelector('#MinistryName') ?? doc.querySelector('.MinistryNameSubhead'));
    const posted = readMetaLine(
      textOf(doc.querySelector('#PrDateTime') ?? doc.querySelector('.ReleaseDateSubHeaddateTime')),
    );
    const releaseId = /\d{5,}/.exec(textOf(doc.querySelector('#ReleaseId')))?.[0];
    let root: DomElement | null = titleEl.parentElement;
    while (root && !root.querySelector('#PrDateTime,.ReleaseDateSubHeaddateTime') && root.parentElement)
      root = root.parentElement;
    if (!root) return [];
    removeAll(root, CHROME);
    if (subtitle) {
      const p = doc.createElement('p');
      p.textContent = subtitle;
      root.insertBefore(p, root.childNodes[0] ?? null);
    }
    return [
      {
        root,
        title,
        date: posted?.date ?? null,
        dateSource: 'dateline',
        dateText: posted?.dateText ?? null,
        tags: uniqueTags(ministry ? [ministry] : []),
        url: meta.url ?? (releaseId ? `https://pib.gov.in/PressReleasePage.aspx?PRID=${releaseId}` : null),
      },
    ];
  },
};
