import type { CodingQueue, QueueRequest } from '../../coding/queue.js';
import { THEME_IDS, type ThemeId } from '../../model/themes.js';
import { passagePath } from '../../search/citation.js';
import { markSpans } from '../../search/highlight.js';
import { TOKEN_FIELD } from '../form-token.js';
import type { ViewContext } from '../page-and-json.js';
import type { ThemeInfo } from '../theme-labels.js';
import { ACCESS_TOKEN_FIELD } from '../write-access.js';
import { html, renderPage, trustedHtml } from './layout.js';

/** /code?theme=&sample=&seed=&size=&coder=&skip=: the queue's address, also where a judgement returns to. */
export function queueHref(queue: Pick<QueueRequest, 'theme' | 'sample' | 'seed' | 'size' | 'coder' | 'skip' | 'passage'>): string {
  const params = new URLSearchParams({ theme: queue.theme, sample: queue.sample, seed: String(queue.seed), size: String(queue.size) });
  if (queue.passage !== null) params.set('passage', String(queue.passage));
  if (queue.coder) params.set('coder', queue.coder);
  if (queue.skip.length > 0) params.set('skip', queue.skip.join(','));
  return `/code?${params}`;
}

/**
 * The coding queue: one passage at a time with the theme's evidence marked, Accept (a), Reject (r),
 * Skip (s) and Add another theme (t), and the progress through the sample. Every control is a
 * plain form or link; app.js only binds the keys to them.
 */
export function renderCodingQueue(queue: CodingQueue, context: ViewContext, labels: ReadonlyMap<ThemeId, ThemeInfo>, form: { token: string; askAccessToken: boolean }): string {
  const label = labels.get(queue.theme)?.label ?? queue.theme;
  const passage = queue.next;
  const hidden = html`<input type="hidden" name="${TOKEN_FIELD}" value="${form.token}">
<input type="hidden" name="theme" value="${queue.theme}"><input type="hidden" name="sample" value="${queue.sample}">
<input type="hidden" name="seed" value="${queue.seed}"><input type="hidden" name="size" value="${queue.size}">
<input type="hidden" name="coder" value="${queue.coder}"><input type="hidden" name="skip" value="${queue.skip.join(',')}">
${queue.passage !== null ? html`<input type="hidden" name="passage" value="${queue.passage}">` : ''}
${passage ? html`<input type="hidden" name="passage_id" value="${passage.passage_id}">` : ''}
${form.askAccessToken ? html`<label>Token <input type="password" name="${ACCESS_TOKEN_FIELD}" autocomplete="current-password"></label>` : ''}`;
  const judging = passage
    ? html`<article class="coding-passage" data-passage="${passage.passage_id}">
  <h2><a href="${passagePath({ id: passage.passage_id, review: passage.review, paragraph: passage.paragraph })}">${passage.citation}</a></h2>
  <p class="coding-text">${trustedHtml(markSpans(passage.text, passage.evidence))}</p>
  <p class="coding-machine">${passage.machine ? html`The machine tagged <strong>${label}</strong> here (${passage.evidence.map((span) => span.source).join(', ')}).` : html`The machine did not tag <strong>${label}</strong> here.`}</p>
  <form method="post" action="/code" class="coding-form">
    ${hidden}
    <label for="memo">Memo (optional)</label> <input id="memo" name="memo" maxlength="4000">
    <p class="coding-buttons">
      <button type="submit" name="decision" value="${passage.machine ? 'confirm' : 'add'}" data-key="a"><kbd>a</kbd> Accept: ${label} is here</button>
      <button type="submit" name="decision" value="reject" data-key="r"><kbd>r</kbd> Reject: it is not</button>
      <a href="${queueHref({ ...queue, skip: [...new Set([...queue.skip, passage.passage_id])] })}" data-key="s"><kbd>s</kbd> Skip</a>
    </p>
  </form>
  <form method="post" action="/code" class="coding-add">
    ${hidden}
    <label for="add-theme"><kbd>t</kbd> Add another theme</label>
    <select id="add-theme" name="add_theme" data-key="t">${THEME_IDS.filter((theme) => theme !== queue.theme).map((theme) => html`<option value="${theme}">${labels.get(theme)?.label ?? theme}</option>`)}</select>
    <button type="submit">Add</button>
  </form>
</article>`
    : queue.passage !== null
      ? html`<p class="coding-done">Passage ${queue.passage}: ${queue.items[0]?.decision ?? ''} recorded for ${label}. Choose another theme above to judge it too.</p>`
      : html`<p class="coding-done">All ${queue.items.length} passages of this sample are judged. <a href="/agreement?theme=${queue.theme}">See the agreement</a>, or draw another sample with a new seed.</p>`;
  const body = html`
<h1>Coding: ${label}</h1>
<form method="get" action="/code" class="coding-setup">
  <label>Theme <select name="theme">${THEME_IDS.map((theme) => html`<option value="${theme}"${theme === queue.theme ? trustedHtml(' selected') : ''}>${labels.get(theme)?.label ?? theme}</option>`)}</select></label>
  <label>Sample <select name="sample"><option value="tagged"${queue.sample === 'tagged' ? trustedHtml(' selected') : ''}>tagged (precision)</option><option value="untagged"${queue.sample === 'untagged' ? trustedHtml(' selected') : ''}>untagged (recall)</option></select></label>
  <label>Seed <input name="seed" value="${queue.seed}" inputmode="numeric" size="6"></label>
  <label>Size <input name="size" value="${queue.size}" inputmode="numeric" size="4"></label>
  <label>Coder <input name="coder" value="${queue.coder}" required></label>
  ${queue.passage !== null ? html`<input type="hidden" name="passage" value="${queue.passage}">` : ''}
  <button type="submit">Draw</button>
</form>
<p class="coding-progress" role="status"><strong>${queue.judged} of ${queue.items.length} judged</strong> · ${queue.passage !== null ? `one passage, chosen by hand` : `a random sample (seed ${queue.seed}) of the ${queue.population} passages ${queue.sample === 'tagged' ? 'the machine tagged' : 'the machine did not tag'} with ${label}`}${queue.coder ? ` · coder ${queue.coder}` : ' · give a coder name to judge'}</p>
<progress max="${queue.items.length}" value="${queue.judged}">${queue.judged} of ${queue.items.length}</progress>
${judging}
<p class="coding-keys">Keys: <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>s</kbd> skip, <kbd>t</kbd> add another theme.</p>`;
  return renderPage({ title: `Coding ${label}`, active: 'code', body, json: context.jsonUrl });
}
