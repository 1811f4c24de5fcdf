/**
 * Copy buttons: `<button data-copy="ID">` copies the text of element ID and says so in the next
 * `[role=status]`, for a few seconds: a copy made later is said again. Hidden until this script
 * runs, since without it they would do nothing.
 */
const SAID_FOR_MS = 5000;

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('[role=status]');
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  let clearing: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    if (!status) return;
    status.textContent = text;
    clearTimeout(clearing);
    clearing = setTimeout(() => (status.textContent = ''), SAID_FOR_MS);
  };
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent ?? '');
      say('Copied.');
    } catch {
      // Clipboard refused (no permission, an insecure origin): the text stays there to select.
      say('Could not copy: select the text and copy it.');
    }
  });
}
