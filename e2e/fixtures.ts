import { test as base, expect } from '@playwright/test';
import { MainScreenPage } from './pages/main-screen';
import { SafetyLab } from './pages/safety-lab';

/**
 * Every spec gets a page object for the main screen. Motion is switched off by URL so
 * screenshots and positions are stable (as tldraw does in its e2e).
 */
export const test = base.extend<{ app: MainScreenPage; lab: SafetyLab }>({
  app: async ({ page }, use) => {
    await use(new MainScreenPage(page));
  },
  lab: async ({ page }, use) => {
    await use(new SafetyLab(page));
  },
});

export { expect };
