import '../src/index.js';

const punctuality = document.querySelector('spor-sparkline');
if (punctuality) punctuality.values = [2.5, 2.8, 3, 3.1, null, null, 3.4, 3.3, 3.6, 3.8, 4, 4.1];
