// The tests drive the system's Chromium (no browser is downloaded) and read its PDFs back with
// poppler's pdftotext and pdfinfo. This finds them, and on a fresh Debian machine where we are
// root, installs what is missing with apt-get; otherwise it says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const onPath = (tool) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const missing = [
  ...(existsSync(path) ? [] : ['chromium', 'fonts-dejavu-core']),
  ...(onPath('pdftotext') && onPath('pdfinfo') ? [] : ['poppler-utils']),
];
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Missing for the tests: ${missing.join(', ')}. Installing Debian's packages with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  process.exit(0);
}
console.error(
  `The tests need Chromium at ${path} and poppler's pdftotext and pdfinfo. Install them (Debian/Ubuntu:` +
    ' sudo apt-get install -y chromium poppler-utils) or point CHROME_PATH at a Chrome or Chromium binary.',
);
process.exit(1);
