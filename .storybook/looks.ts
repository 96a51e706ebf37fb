/**
 * The looks the Storybook toolbar switches between: the built-in token files of `src/themes`. A
 * look is a class on an element above the kit; here it goes on `<html>`, so it reaches every
 * story and the docs pages too. The page behind takes the look's surface (preview-head.html), as
 * a portal would: the dark look needs a dark page.
 */
export const looks = [
  { id: 'default', title: 'Default' },
  { id: 'public-sector', title: 'Public sector (DKFDS)' },
  { id: 'dark', title: 'Dark' },
  { id: 'high-contrast', title: 'High contrast' },
] as const;

export function applyLook(document: Document, id: string): void {
  // The default look is no class at all: the tokens' own defaults.
  for (const look of looks.slice(1)) {
    document.documentElement.classList.toggle(`spor-theme-${look.id}`, look.id === id);
  }
}
