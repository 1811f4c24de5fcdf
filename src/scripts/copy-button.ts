/**
 * Copy buttons: `<button data-copy="ID">` copies the text of element ID and says so in the next
 * `[role=status]`. Hidden until this script runs, since without it they would do nothing.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('[role=status]');
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent ?? '');
      if (status) status.textContent = 'Copied.';
    } catch {
      // Clipboard refused (no permission, an insecure origin): the text stays there to select.
      if (status) status.textContent = 'Could not copy: select the text and copy it.';
    }
  });
}
