/**
 * Shows `items` as `parent`'s children, in order, moving only those out of place: an item kept
 * keeps the focus in it (a node taken out loses it). Focus in an item removed goes to `fallback`.
 */
export function showInOrder(parent: Element, items: readonly Element[], fallback: HTMLElement | null): void {
  const keep = new Set(items);
  const focusLost = [...parent.children].some((child) => !keep.has(child) && child.contains(document.activeElement));
  for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
  items.forEach((item, index) => {
    if (parent.children[index] !== item) parent.insertBefore(item, parent.children[index] ?? null);
  });
  if (focusLost) fallback?.focus();
}
