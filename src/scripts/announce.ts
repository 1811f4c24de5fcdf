/**
 * The page's one status line, for screen readers: what a change did where the change itself is
 * not announced. Made with the page, since a live region added as it is filled may stay silent.
 */
const line = document.createElement('p');
line.className = 'visually-hidden';
line.setAttribute('role', 'status');
line.dataset.announcement = '';
document.querySelector('main')?.append(line);

/** Says `text`, unless it is what the line already says (a change made twice is said once). */
export function announce(text: string): void {
  if (line.textContent !== text) line.textContent = text;
}

/** Empties the line, for what it said no longer holds (the reader moved on): the same words said again are then heard. */
export function clearAnnouncement(): void {
  line.textContent = '';
}
