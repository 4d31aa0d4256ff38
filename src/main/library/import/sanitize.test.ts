import { describe, expect, it } from 'vitest';
import { parseFile } from './index';

/** The bad inputs B-01…B-29 of the security guide. The block model is text only: the risks are junk kept or text lost. */
const PAYLOADS: Array<[id: string, html: string, keep?: string]> = [
  ['B-01', '<img src="" onerror="alert(1)"><img src=""\n  onerror="alert(1)">'],
  ['B-02', '<a href="#" onclick="alert(1)">x</a>', 'x'],
  ['B-03', '<script>alert(1)</script><script>alert(1)</script>'],
  ['B-04', '<iframe src=""><svg><style><img src="" onerror=confirm(1)>'],
  [
    'B-06',
    `<div><svg><style></svg><iframe srcdoc="<script>top.require('child_process').execSync('calc')</script>">`,
  ],
  ['B-07', '<a data-from-md href="javascript:alert(1)">link</a>', 'link'],
  ['B-08', '<svg><use href="data:image/svg+xml,&lt;svg onerror=alert(1)&gt;#x"/></svg>'],
  ['B-09', '<map name=t><area coords="0,0,1000,1000" href="javascript:alert(1)"></map><img usemap="#t">'],
  ['B-11', '<div>\n<.a<iframe src="http://example.com/">'],
  [
    'B-12',
    '<a href="file:///etc/passwd">f</a> <a href="data:text/html,<script>alert(1)</script>">d</a> <a href="ms-settings:">m</a> <a href="smb://host/share">s</a>',
    'f d m s',
  ],
  ['B-13', '<base href="https://evil/"><a href="x">relative</a>', 'relative'],
  ['B-14', '<meta http-equiv="refresh" content="0;url=https://evil">'],
  ['B-15', '<a href="https://ok" target="_blank">ok link</a>', 'ok link'],
  [
    'B-16',
    '<img src="https://tracker.example/p.gif"><link rel=stylesheet href=https://x.example/s.css><div style="background:url(https://x.example/b.png)">styled</div><style>@import url(https://x.example/i.css)</style>',
    'styled',
  ],
  [
    'B-17',
    '<form action="https://evil"><input name=q value="typed"><button>Go</button><select><option>choice</option></select></form>',
  ],
  ['B-18', '<img name="api"><form id="api"></form><a id="defaultView">clobber</a>', 'clobber'],
  [
    'B-19',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><xmp><img src=x onerror=alert(1)></xmp>',
  ],
  ['B-20', '<svg><animate attributeName=href to=javascript:alert(1) /><a><text>x</text></a></svg>'],
  ['B-21', '<math><mi xlink:href="data:x,<script>alert(4)</script>">'],
  ['B-22', '<object data="https://x.example/o.swf"></object><embed src="https://x.example/e.swf">'],
  ['B-23', '<p>abc<iframe//src=jAva&Tab;script:alert(3)>def</p>', 'abc'],
  ['B-26', '<style>body{display:none}</style><div style="position:fixed;top:0">overlay</div>', 'overlay'],
  [
    'B-29',
    '<div class="fake-dialog">Restore backup</div><button onclick="x()">Restore backup now</button>',
    'Restore backup',
  ],
];

const SCRIPTY =
  /<script|<iframe|<svg|<style|<img|onerror|onload|onclick|javascript:|srcdoc|alert\(|confirm\(|execSync|@import/i;

function importHtml(body: string) {
  return parseFile(
    'payload.html',
    Buffer.from(
      `<html><head><title>Payload</title></head><body><h1>Payload</h1><p>Safe text.</p>${body}</body></html>`,
    ),
  );
}

describe('HTML payloads come out as harmless text or nothing', () => {
  it.each(PAYLOADS)('%s', (_id, payload, keep) => {
    const [article] = importHtml(payload).articles;
    const text = article!.blocks.map((b) => b.text).join('\n');
    expect(text).not.toMatch(SCRIPTY);
    expect(JSON.stringify(article)).not.toMatch(/javascript:|file:\/\/|data:text|smb:|ms-settings/i);
    expect(text).toContain('Safe text.');
    if (keep) expect(text.replace(/\s+/g, ' ')).toContain(keep);
    expect(article!.url).toBeNull();
  });

  it('B-28: entities decode once (M&Ms stays M&Ms)', () => {
    const [article] = importHtml('<div>M&amp;Ms and M&Ms</div>').articles;
    expect(article!.blocks.map((b) => b.text)).toContain('M&Ms and M&Ms');
  });

  it('never keeps a javascript:, file: or data: address as the article URL', () => {
    for (const head of [
      '<link rel="canonical" href="javascript:alert(1)">',
      '<meta property="og:url" content="file:///etc/passwd">',
      '<meta property="og:url" content=" JaVaScRiPt:alert(1)">',
    ]) {
      const [article] = parseFile(
        'p.html',
        Buffer.from(`<html><head>${head}</head><body><p>Text.</p></body></html>`),
      ).articles;
      expect(article!.url).toBeNull();
    }
    const saved = parseFile(
      'p.html',
      Buffer.from('<!-- saved from url=(0017)file:///etc/passwd -->\n<html><body><p>Text.</p></body></html>'),
    );
    expect(saved.articles[0]!.url).toBeNull();
  });
});

describe('Markdown and text payloads', () => {
  const md = (text: string) => parseFile('note.md', Buffer.from(text)).articles[0]!;

  it('B-05 / B-27: code fences stay visible code text', () => {
    const article = md(
      '# Note\n\n```"><svg/onload=top.eval(atob(\'YWxlcnQoMSk=\'))>\nplain code\n```\n\n```\n<a onclick="x()">in a fence</a>\n```\n',
    );
    expect(article.blocks.map((b) => b.text)).toEqual(['plain code', '<a onclick="x()">in a fence</a>']);
  });

  it('B-24: raw HTML in Markdown is sanitised like HTML', () => {
    const article = md(
      '# Note\n\nHello <img src=x onerror=alert(1)>\n\n<div><script>alert(2)</script>Inside a div</div>\n',
    );
    expect(article.blocks.map((b) => b.text)).toEqual(['Hello', 'Inside a div']);
  });

  it('B-10: an entity-encoded javascript: link keeps only its text', () => {
    const article = md(
      '# Note\n\n[x](&#x6a&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3a&#x61&#x6c&#x65&#x72&#x74&#x28&#x31&#x29)\n',
    );
    expect(article.blocks.map((b) => b.text)).toEqual(['x']);
    expect(JSON.stringify(article)).not.toMatch(/javascript/i);
  });

  it('B-25: a .txt holding a script tag shows it literally', () => {
    const article = parseFile('script.txt', Buffer.from('Script Sample\n\n<script>alert(1)</script>\n'))
      .articles[0]!;
    expect(article.blocks.map((b) => b.text)).toEqual(['<script>alert(1)</script>']);
  });

  it('B-89: HTML in a title or author field is plain text', () => {
    const [article] = parseFile(
      'd.json',
      Buffer.from(JSON.stringify([{ title: '<b>Bold</b> title', content: 'Body text of the record.' }])),
    ).articles;
    expect(article!.title).toBe('<b>Bold</b> title');
  });
});
