import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Global styles first, so each feature's styles can refine them.
import './app.css';
import { applyPalette } from './palette';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

if (typeof window.api === 'undefined') {
  // Opened outside Electron (or the preload failed): say so instead of failing on the first call.
  root.textContent = 'Bulletin could not connect to its library. Please restart the app.';
} else {
  applyPalette();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
