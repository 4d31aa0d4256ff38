import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-library';
import { resolveAsset } from './protocol';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isTrustedSenderUrl,
  secureWebPreferences,
} from './security';

describe('window settings', () => {
  it('isolate and sandbox the renderer with no Node', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('allow no remote source in the Content-Security-Policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
  });
});

describe('external links', () => {
  it('open only plain http(s) addresses', () => {
    expect(isAllowedExternalUrl('https://example.com')).toBe(true);
    expect(isAllowedExternalUrl('https://example.com.attacker.com/x')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'file://server/share',
      'ms-msdt:/id',
      'search-ms:query=x',
      'smb://host/share',
      'vscode://x',
      `https://example.com/${'a'.repeat(1_000_000)}`,
      'https://example.com/\u0000',
      'https://example.com/\nx',
      'https://user@example.com/',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      expect(isAllowedExternalUrl(url), url.slice(0, 60)).toBe(false);
    }
  });
});

describe('IPC senders', () => {
  const trusted = ['app://bulletin'];
  it('are trusted only from our own origin', () => {
    expect(isTrustedSenderUrl('app://bulletin/index.html', trusted)).toBe(true);
    for (const url of [
      'app://evil/index.html',
      'app://bulletin.evil/',
      'null',
      'about:blank',
      'file:///',
      '',
      null,
      undefined,
      'https://bulletin/',
    ]) {
      expect(isTrustedSenderUrl(url, trusted), String(url)).toBe(false);
    }
  });
});

describe('serving the renderer', () => {
  const parent = tempDir();
  const root = join(parent, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), '');
  mkdirSync(join(parent, 'dist-evil'));
  writeFileSync(join(parent, 'dist-evil', 'x.js'), 'evil');
  writeFileSync(join(parent, 'secret.txt'), 'secret');
  symlinkSync(join(parent, 'secret.txt'), join(root, 'assets', 'link.js'));

  it('serves files inside the root with their type', () => {
    expect(resolveAsset(root, '/')).toMatchObject({ mimeType: 'text/html; charset=utf-8' });
    expect(resolveAsset(root, '/assets/app.js?v=1')).toMatchObject({
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it('refuses every way out of the root', () => {
    for (const path of [
      '/../secret.txt',
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e/secret.txt',
      '/../dist-evil/x.js',
      '/..\\..\\secret.txt',
      '/C:/Windows/win.ini',
      '/assets/link.js',
      '/assets',
      '/missing.js',
      '/%E0%A4%A',
      '/a%00b',
    ]) {
      expect(resolveAsset(root, path), path).toBeNull();
    }
  });
});
