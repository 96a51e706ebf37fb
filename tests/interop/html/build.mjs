// What a portal team does with the package by hand: copy the single-file bundle next to the page
// (here twice, the second copy for double.html), and put a young person's data where the page's
// own code fetches it (a real portal's backend; a sample persona here).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { samplePersonas } from 'spor/core';

const bundle = createRequire(import.meta.url).resolve('spor/bundle');
mkdirSync('assets/copy', { recursive: true });
copyFileSync(bundle, 'assets/spor.bundle.js');
copyFileSync(bundle, 'assets/copy/spor.bundle.js');
writeFileSync('assets/persona.json', JSON.stringify(samplePersonas[0]));
