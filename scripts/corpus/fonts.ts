import { existsSync } from 'node:fs';

/** The font families a report may be set in; both renderers know them by these names. */
export const FONT_FAMILIES = ['Liberation Serif', 'Liberation Sans', 'DejaVu Serif', 'DejaVu Sans', 'Carlito'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

export interface FontFiles {
  regular: string;
  bold: string;
  italic: string;
}

const ROOT = '/usr/share/fonts/truetype';

/** Debian packages: fonts-liberation2, fonts-dejavu-core, fonts-crosextra-carlito. */
const FILES: Record<FontFamily, FontFiles> = {
  'Liberation Serif': {
    regular: `${ROOT}/liberation2/LiberationSerif-Regular.ttf`,
    bold: `${ROOT}/liberation2/LiberationSerif-Bold.ttf`,
    italic: `${ROOT}/liberation2/LiberationSerif-Italic.ttf`,
  },
  'Liberation Sans': {
    regular: `${ROOT}/liberation2/LiberationSans-Regular.ttf`,
    bold: `${ROOT}/liberation2/LiberationSans-Bold.ttf`,
    italic: `${ROOT}/liberation2/LiberationSans-Italic.ttf`,
  },
  'DejaVu Serif': {
    regular: `${ROOT}/dejavu/DejaVuSerif.ttf`,
    bold: `${ROOT}/dejavu/DejaVuSerif-Bold.ttf`,
    italic: `${ROOT}/dejavu/DejaVuSerif-Italic.ttf`,
  },
  'DejaVu Sans': {
    regular: `${ROOT}/dejavu/DejaVuSans.ttf`,
    bold: `${ROOT}/dejavu/DejaVuSans-Bold.ttf`,
    italic: `${ROOT}/dejavu/DejaVuSans-Oblique.ttf`,
  },
  Carlito: {
    regular: `${ROOT}/crosextra/Carlito-Regular.ttf`,
    bold: `${ROOT}/crosextra/Carlito-Bold.ttf`,
    italic: `${ROOT}/crosextra/Carlito-Italic.ttf`,
  },
};

/** The TrueType files of a family, or undefined when its package is not installed here. */
export function fontFiles(family: FontFamily): FontFiles | undefined {
  const files = FILES[family];
  return Object.values(files).every((file) => existsSync(file)) ? files : undefined;
}

