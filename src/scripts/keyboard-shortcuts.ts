// "/" focuses the header search box, as on most sites with search; not while typing elsewhere.
// The hint is shown where a keyboard is likely (not on a phone).
const headerBox = document.querySelector<HTMLInputElement>('#site-search');
if (headerBox && matchMedia('(hover: hover) and (pointer: fine)').matches)
  headerBox.placeholder = 'Search papers (press /)';
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
  const box = document.querySelector<HTMLInputElement>('#search-query') ?? headerBox;
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
