import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { html, trustedHtml, type SafeHtml } from './html.js';

export { escapeHtml, html, SafeHtml, trustedHtml } from './html.js';

export interface PageOptions {
  title: string;
  /** Which nav entry is the current page: 'search', 'reviews', 'themes', 'recommendations' or 'check'. */
  active?: string;
  /** The page's main content, already safe HTML (build it with `html`). */
  body: string | SafeHtml;
  /** Stylesheets of this page beyond the site's own, by asset file name ('check.css'). */
  styles?: string[];
  /** One self-contained file, to mail or archive: stylesheets inlined, no script, no JSON link. */
  standalone?: boolean;
  /** The JSON twin of this page, linked for machines and for curious humans. */
  json?: string;
}

const NAV = [
  { id: 'search', href: '/', label: 'Search' },
  { id: 'reviews', href: '/reviews', label: 'Reviews' },
  { id: 'themes', href: '/themes', label: 'Themes' },
  { id: 'recommendations', href: '/recommendations', label: 'Recommendations' },
  { id: 'check', href: '/check', label: 'Check a draft' },
  { id: 'code', href: '/code', label: 'Coding' },
  { id: 'agreement', href: '/agreement', label: 'Agreement' },
];

/**
 * The page every view shares: skip link, header with navigation, one <main>, local assets only.
 * print.css (media=print) hides navigation and forms so a page prints as a clean cited extract.
 * renderPage({ title: 'Themes', active: 'themes', body: html`<h1>Themes</h1>` })
 */
export function renderPage(options: PageOptions): string {
  const nav = NAV.map(
    (item) => html`<li><a href="${item.href}"${item.id === options.active ? trustedHtml(' aria-current="page"') : ''}>${item.label}</a></li>`,
  );
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · lessons</title>
${stylesheets(options)}
${options.standalone ? '' : html`<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">`}
${options.json && !options.standalone ? html`<link rel="alternate" type="application/json" href="${options.json}">` : ''}
${options.standalone ? '' : html`<script src="/assets/app.js" defer></script>`}
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="brand" href="/">lessons</a>
  <nav aria-label="Main"><ul>${nav}</ul></nav>
</header>
<main id="main" tabindex="-1">
${toSafe(options.body)}
</main>
<footer class="site-footer">
  <p>Fictional reports for demonstration.${options.json ? html` <a href="${options.json}">This page as JSON</a>.` : ''}</p>
</footer>
</body>
</html>
`;
  return page.value;
}

const ASSETS = new URL('../assets/', import.meta.url);

/** The site's stylesheet, its print sheet, then the page's own: linked, or inlined when standalone. */
function stylesheets(options: PageOptions): SafeHtml[] {
  const sheets = [{ file: 'style.css', media: '' }, { file: 'print.css', media: 'print' }, ...(options.styles ?? []).map((file) => ({ file, media: '' }))];
  return sheets.map(({ file, media }) => {
    const mediaAttribute = media ? html` media="${media}"` : '';
    if (!options.standalone) return html`<link rel="stylesheet" href="/assets/${file}"${mediaAttribute}>`;
    // Our own asset files, read from the package: trusted CSS, not user text.
    return html`<style${mediaAttribute}>${trustedHtml(readFileSync(fileURLToPath(new URL(file, ASSETS)), 'utf8'))}</style>`;
  });
}

function toSafe(markup: string | SafeHtml): SafeHtml {
  return typeof markup === 'string' ? trustedHtml(markup) : markup;
}
