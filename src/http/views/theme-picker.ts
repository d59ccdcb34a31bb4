import { THEME_IDS, type ThemeId } from '../../model/themes.js';
import type { ThemeInfo } from '../theme-labels.js';
import { html, trustedHtml, type SafeHtml } from './html.js';

const MODE_LABELS = { all: 'all of them', any: 'any of them', none: 'none of them' } as const;

/**
 * A disclosure of theme checkboxes (`theme`, repeatable) for a filter form, with, when `mode` is
 * given, radio buttons for how they combine (`theme_mode`).
 */
export function themePicker(chosen: readonly ThemeId[], labels: ReadonlyMap<ThemeId, ThemeInfo>, options: { id: string; legend: string; mode?: keyof typeof MODE_LABELS }): SafeHtml {
  const checked = (on: boolean) => (on ? trustedHtml(' checked') : '');
  const boxes = THEME_IDS.map(
    (theme) => html`<li><input type="checkbox" id="${options.id}-${theme}" name="theme" value="${theme}"${checked(chosen.includes(theme))}><label for="${options.id}-${theme}">${labels.get(theme)?.label ?? theme}</label></li>`,
  );
  const mode = options.mode;
  const modes = mode
    ? html`<fieldset class="theme-mode"><legend>Passages with</legend>${(Object.keys(MODE_LABELS) as Array<keyof typeof MODE_LABELS>).map(
        (value) => html`<input type="radio" id="${options.id}-mode-${value}" name="theme_mode" value="${value}"${checked(mode === value)}><label for="${options.id}-mode-${value}">${MODE_LABELS[value]}</label> `,
      )}</fieldset>`
    : '';
  const summary = chosen.length === 0 ? 'any' : `${chosen.length} chosen`;
  return html`<details class="theme-picker"${chosen.length > 0 ? trustedHtml(' open') : ''}><summary>${options.legend}: ${summary}</summary>
  <fieldset><legend class="visually-hidden">${options.legend}</legend><ul>${boxes}</ul></fieldset>${modes}</details>`;
}
