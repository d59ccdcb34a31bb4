import type { ThemeLabel } from '../export-format.js';
import { guidOf } from './guids.js';
import { THEME_COLOURS } from './theme-colours.js';
import { element, textElement, XML_DECLARATION } from './xml.js';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** The GUID of a theme's code: the same in every export, so an import knows its own codes. */
export function themeCodeGuid(theme: string): string {
  return guidOf('code', theme);
}

/** <Codes>: one codable code per theme, with its label, definition and colour. */
export function codesElement(themes: readonly ThemeLabel[]): string {
  return element(
    'Codes',
    {},
    themes.map((theme) => element('Code', { guid: themeCodeGuid(theme.id), name: theme.label, isCodable: true, color: THEME_COLOURS[theme.id] }, [textElement('Description', `${theme.description} (lessons theme id: ${theme.id})`)])),
  );
}

/** A REFI-QDA codebook file (.qdc): the themes alone, to load into a QDA tool before coding. */
export function codebookDocument(themes: readonly ThemeLabel[], origin: string): string {
  return `${XML_DECLARATION}${element('CodeBook', { xmlns: CODEBOOK_NAMESPACE, origin }, [codesElement(themes)])}\n`;
}
