// First: before any other module uses zod.
import '@/lib/zod-config';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@/app/focus.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { startInDetectedLanguage } from '@/lib/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

const root = createRoot(container);
// The first screen appears in the reader's language, not in English for a moment.
void startInDetectedLanguage()
  .catch(() => undefined)
  .then(() => {
    // As a transition, React renders the first screen in slices and lets the browser breathe
    // between them, instead of holding the main thread for the whole tree at once.
    startTransition(() => {
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
  });
