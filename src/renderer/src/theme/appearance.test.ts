import { describe, expect, it } from 'vitest';
import { readingProperties, resolveTheme, stepZoom, zoomForKey } from './appearance';

describe('appearance', () => {
  it('follows the system when the theme is "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('paper', true)).toBe('paper');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('turns the reading settings into the reader’s custom properties', () => {
    const sans = readingProperties({ fontSize: 20, lineSpacing: 1.8, readingWidth: 90, fontFace: 'sans' });
    expect(sans).toEqual({
      '--reading-size': '20px',
      '--reading-leading': '1.8',
      '--reading-measure': '90ch',
      '--reading-font': 'var(--font-ui)',
    });
    const serif = readingProperties({ fontSize: 17, lineSpacing: 1.6, readingWidth: 40, fontFace: 'serif' });
    expect(serif['--reading-font']).toBe('var(--font-serif)');
    // Never narrower than 60 characters.
    expect(serif['--reading-measure']).toBe('60ch');
  });

  it('steps the zoom within its limits', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(1.05, 1)).toBe(1.1);
    expect(stepZoom(2, 1)).toBe(2);
    expect(stepZoom(0.67, -1)).toBe(0.67);
  });

  it('reads Ctrl/Cmd + − 0 and nothing else', () => {
    const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
      key,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      ...mods,
    });
    expect(zoomForKey(key('=', { ctrlKey: true }), 1)).toBe(1.1);
    expect(zoomForKey(key('+', { metaKey: true }), 1)).toBe(1.1);
    expect(zoomForKey(key('-', { ctrlKey: true }), 1)).toBe(0.9);
    expect(zoomForKey(key('0', { ctrlKey: true }), 1.5)).toBe(1);
    expect(zoomForKey(key('='), 1)).toBeNull();
    expect(zoomForKey(key('=', { ctrlKey: true, altKey: true }), 1)).toBeNull();
    expect(zoomForKey(key('k', { ctrlKey: true }), 1)).toBeNull();
  });
});
