/**
 * A block that may scroll sideways (`data-may-scroll`: built a Tab stop, so that a keyboard
 * reaches it without script too) is a Tab stop only while it does scroll, since one with nothing
 * to scroll costs a key press for nothing. Followed as its width changes (a resized window, zoom).
 */
const follow = new ResizeObserver((entries) => {
  for (const { target } of entries) {
    if (target.scrollWidth > target.clientWidth) target.setAttribute('tabindex', '0');
    else target.removeAttribute('tabindex');
  }
});

/** Makes `block` a Tab stop while, and only while, it scrolls sideways. */
export const tabStopWhileScrolling = (block: Element): void => follow.observe(block);

for (const block of document.querySelectorAll('[data-may-scroll]')) tabStopWhileScrolling(block);
