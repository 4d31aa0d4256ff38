import { describe, expect, it } from 'vitest';
import { isHindi, topicDescription, topicName, topicPathText } from './topic-name';

const conservation = {
  name: 'Conservation',
  nameHi: 'संरक्षण',
  path: 'GS Paper 3 › Environment › Conservation',
  pathHi: 'सामान्य अध्ययन प्रश्नपत्र-3 › पर्यावरण › संरक्षण',
  description: 'Conservation of biodiversity.',
  descriptionHi: 'जैव-विविधता का संरक्षण।',
};

describe('a topic’s words in the interface language', () => {
  it('are Hindi in the Hindi interface and English otherwise', () => {
    expect(topicName(conservation, 'hi')).toBe('संरक्षण');
    expect(topicName(conservation, 'hi-IN')).toBe('संरक्षण');
    expect(topicName(conservation, 'en')).toBe('Conservation');
    expect(topicName(conservation, undefined)).toBe('Conservation');
    expect(topicPathText(conservation, 'hi')).toBe('सामान्य अध्ययन प्रश्नपत्र-3 › पर्यावरण › संरक्षण');
    expect(topicPathText(conservation, 'en')).toBe('GS Paper 3 › Environment › Conservation');
    expect(topicDescription(conservation, 'hi')).toBe('जैव-विविधता का संरक्षण।');
    expect(topicDescription(conservation, 'en')).toBe('Conservation of biodiversity.');
    expect(isHindi('en-IN')).toBe(false);
  });

  it('fall back to the one name when a topic has no Hindi: a student’s rename or own topic', () => {
    // The core sends a renamed topic without its Hindi name, so the student's name wins in Hindi too.
    const renamed = { name: 'Ecology', path: 'GS Paper 3 › Ecology', description: '' };
    expect(topicName(renamed, 'hi')).toBe('Ecology');
    expect(topicPathText(renamed, 'hi')).toBe('GS Paper 3 › Ecology');
    expect(topicDescription({ description: 'Mine', descriptionHi: '' }, 'hi')).toBe('Mine');
  });
});
