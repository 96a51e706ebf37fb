// Runs after both copies (module scripts run in order): each has tried to define every tag.
document.querySelector('spor-sparkline').values = [2, 3, null, 4];
window.sporCopiesLoaded = 2;
