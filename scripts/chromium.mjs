// How every script and the test runner start the system's headless Chromium: the path (CHROME_PATH,
// else Debian's /usr/bin/chromium) and the flags this machine needs (no sandbox as root, no GPU, and
// no background networking, which the closed network would refuse many times over).
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
