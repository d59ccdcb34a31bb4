/** Text or an attribute value made safe for XML 1.0: markup escaped, characters XML forbids dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

type Attributes = Record<string, string | number | boolean | null | undefined>;

/**
 * One element, its attributes escaped (null and undefined left out), around children already
 * written; empty when it has none.
 * element('Code', { guid: 'x', name: 'A & B' }) === '<Code guid="x" name="A &amp; B"/>'
 */
export function element(name: string, attributes: Attributes = {}, children: readonly string[] = []): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`;
}

/** An element holding text: <Description>...</Description>. Line breaks are kept as they are in text content. */
export function textElement(name: string, text: string): string {
  return `<${name}>${escapeXml(text).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t')}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';
