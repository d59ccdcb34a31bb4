// Progressive enhancement only: every page works without this file.
// Filters submit their form on change, so keyboard and mouse users get the same immediate update.
document.addEventListener('change', (event) => {
  const target = event.target;
  if (target instanceof HTMLSelectElement && target.form && target.form.hasAttribute('data-autosubmit')) target.form.requestSubmit();
});
// A deep link to a paragraph moves keyboard focus to it, so screen readers start reading there.
function focusTarget() {
  const id = fragmentId(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target && target.classList.contains('passage')) target.focus({ preventScroll: false });
}
// A hand-typed or truncated link (#p-%E0) is not a valid escape: then it names nothing, and no error is thrown.
function fragmentId(fragment) {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return '';
  }
}
window.addEventListener('hashchange', focusTarget);
document.addEventListener('DOMContentLoaded', focusTarget);
// On a phone the filters start folded, so the results come first; without script they stay open.
for (const panel of document.querySelectorAll('details.facet-panel')) {
  if (window.matchMedia('(max-width: 46rem)').matches) panel.open = false;
}
// The coding queue: single keys press its buttons (a accept, r reject, s skip) or focus its theme list (t).
document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return;
  const field = event.target;
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) return;
  const control = document.querySelector(`[data-key="${CSS.escape(event.key.toLowerCase())}"]`);
  if (!control) return;
  event.preventDefault();
  if (control instanceof HTMLSelectElement) control.focus();
  else control.click();
});
