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
for (const block of document.querySelectorAll('[data-may-scroll]')) follow.observe(block);
