// The tests drive the system's Chromium (no browser is downloaded). This finds it, and on a
// fresh Debian machine where we are root, installs it with apt-get; otherwise it says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Chromium is missing at ${path}: installing Debian's chromium with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], {
    stdio: 'inherit',
    env,
  });
  process.exit(0);
}
console.error(
  `The tests need Chromium at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium)` +
    ' or point CHROME_PATH at a Chrome or Chromium binary.',
);
process.exit(1);
