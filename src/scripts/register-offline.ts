// The service worker makes the site work offline after one visit (see public/sw.js).
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // Offline support is an extra: the site works without it.
  });
}
