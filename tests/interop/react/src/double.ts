// The single-file bundle and the npm package on one page, as when a portal's widget brings the
// bundle and the page's own code imports the package: the second copy warns once, nothing throws.
import 'spor/bundle';
import 'spor';

document.body.innerHTML = '<spor-sparkline label="Mødestabilitet" min="1" max="5"></spor-sparkline>';
document.querySelector('spor-sparkline')!.values = [2, 3, null, 4];
window.sporCopiesLoaded = 2;

declare global {
  interface Window {
    sporCopiesLoaded?: number;
  }
}
