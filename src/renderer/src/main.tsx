import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The themes' colours, then the global styles, so each feature's styles can refine them.
import './theme/themes.css';
import './app.css';
import { applyPalette } from './palette';
import { App } from './App';
import { createI18n, resolveLanguage } from './i18n';
import { applyAppearance, cachedPreferences } from './theme/appearance';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The theme, reading settings and zoom the window last showed, until the preferences load
// (theme/useAppearance.ts takes over).
applyAppearance(cachedPreferences(), window.matchMedia('(prefers-color-scheme: dark)').matches);

if (typeof window.api === 'undefined') {
  // Opened outside Electron (or the preload failed): say so instead of failing on the first call.
  // The stored language cannot be read without the library, so the system's language is used.
  const language = resolveLanguage('system');
  document.documentElement.lang = language;
  root.textContent = createI18n(language).t('common.noConnection');
} else {
  applyPalette();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
