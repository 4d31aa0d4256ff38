/** Cut-off articles (issue 11): what a save or a scrape stopped short of, said per file and per article. */
import { describe, expect, it } from 'vitest';
import { parseFile } from '.';
import { articleLooksCutOff } from './cut-off';

const texts = (a: { blocks: Array<{ text: string }> }) => a.blocks.map((b) => b.text);

describe('cut-off articles', () => {
  it('warn, naming the article, when a dump record stops on a label announcing more', () => {
    const dump = JSON.stringify([
      {
        title: 'Reforms for the ease of research',
        content:
          'Context: The minister announced reforms to make research easier in India. About the reforms to boost research:',
      },
      {
        title: 'Heat plans',
        content: 'Cities publish heat action plans before summer, with cooling centres.',
      },
    ]);
    const outcome = parseFile('scrape.json', Buffer.from(dump));
    expect(outcome.articles.map((a) => a.title)).toEqual(['Reforms for the ease of research', 'Heat plans']);
    expect(outcome.warnings).toEqual([
      'scrape.json looks cut off: “Reforms for the ease of research” may be incomplete',
    ]);
  });

  it('warn when the last article of a saved page stops on a label, even with its tags closed', () => {
    const page =
      '<!DOCTYPE html><html><head><title>Ports</title></head><body><article><h1>Port reforms</h1>' +
      '<p>The ministry listed reforms for the major ports, to cut the time ships wait at anchor.</p>' +
      '<p>Key features of the reforms:</p></article></body></html>';
    const outcome = parseFile('ports.html', Buffer.from(page));
    expect(texts(outcome.articles[0]!)).toContain('Key features of the reforms:');
    expect(outcome.warnings).toEqual(['ports.html looks cut off: the last article may be incomplete']);
  });

  it('do not flag a whole article, a table or a colon inside the text', () => {
    const block = (text: string, kind: 'paragraph' | 'table' = 'paragraph') => ({ kind, text, level: 0 });
    expect(articleLooksCutOff([block('Ratio 3:1 was agreed.')])).toBe(false);
    expect(articleLooksCutOff([block('Intro.'), block('Year | Share:', 'table')])).toBe(false);
    expect(articleLooksCutOff([block('Intro.'), block('The measures include:')])).toBe(true);
  });
});

describe('the closing lines of PIB bodies in JSON Lines', () => {
  it('drop officer initials split over two lines and the Hindi "see it in PDF" line', () => {
    const line = JSON.stringify({
      hindi:
        'केंद्रीय मंत्री ने आज नई दिल्ली में राष्ट्रीय कार्यक्रम की शुरुआत की और राज्यों से सहयोग का आग्रह किया।\n\n' +
        'मंत्री ने कहा कि यह कार्यक्रम हर जिले तक पहुँचेगा और इसकी समीक्षा हर तिमाही होगी।\n\n' +
        'पीडीएफ में देखने के लिए यहां क्लिक करें\n\nपीके/केसी/एसकेएस / केके\n\n/',
    });
    const [article] = parseFile('pib.jsonl', Buffer.from(`${line}\n`)).articles;
    expect(texts(article!).at(-1)).toBe(
      'मंत्री ने कहा कि यह कार्यक्रम हर जिले तक पहुँचेगा और इसकी समीक्षा हर तिमाही होगी।',
    );
  });

  it('drop a sign-off of three or more initials in the middle of a body, and initials with a two-word part', () => {
    const line = JSON.stringify({
      english:
        'The Election Commission said the revision of the rolls reached every district this week.\n\n' +
        'Electors can check their names online or at the booth level officer.\n\nPK/GDH/RP\n\n' +
        'Graph: cumulative numbers of enumeration forms printed and distributed so far.',
      hindi:
        'मंत्री ने अपने भाषण के समापन में कहा कि वैज्ञानिक संस्थान मिलकर काम करेंगे और देश आगे बढ़ेगा।\n\nपीके / केसी / एमकेएस / डी के',
    });
    const [english, hindi] = parseFile('pib.jsonl', Buffer.from(`${line}\n`)).articles;
    expect(texts(english!)).not.toContain('PK/GDH/RP');
    expect(texts(english!).at(-1)).toMatch(/^Graph: cumulative numbers/);
    expect(texts(hindi!).join('\n')).not.toMatch(/डी के/);
  });
});
