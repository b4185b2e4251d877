import { defineConfig } from '@playwright/test'

// The e2e specs drive the real renderer against browser mode (`npm run web`), which
// runs the real services on a fresh data dir. They stay transport-neutral so the
// same specs can run against Electron where its binary exists.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    },
    viewport: { width: 1280, height: 800 }
  }
})
