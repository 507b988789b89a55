/**
 * A small document model between a report model and its renderers: the report's content is laid out
 * once (headings, paragraphs, tables, charts) and each renderer (HTML, Markdown) writes it its own way.
 * Every text here is plain, unescaped text; the renderers escape it.
 */

/** A run of text inside a paragraph, list item or table cell. */
export type Inline =
  | string
  | { readonly kind: 'strong'; readonly text: string }
  | { readonly kind: 'em'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'tag'; readonly text: string; readonly tone: TagTone };

/** The tone of a tag: its colour in HTML. The tag's text always says the same in words. */
export type TagTone = 'high' | 'medium' | 'low' | 'none' | 'good' | 'neutral';

/** A table cell: its content, and whether it holds a number (right-aligned). */
export interface Cell {
  readonly content: readonly Inline[];
  readonly numeric?: boolean | undefined;
}

/** A list item, possibly with nested blocks. */
export interface ListItem {
  readonly content: readonly Inline[];
  readonly children?: readonly Block[] | undefined;
}

/** A key figure of a summary. */
export interface KeyFigure {
  readonly label: string;
  readonly value: string;
  readonly note?: string | undefined;
}

/** A block of a document. */
export type Block =
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly kind: 'notice'; readonly tone: 'warning' | 'info'; readonly title: string; readonly content: readonly Inline[] }
  | { readonly kind: 'quote'; readonly content: readonly Inline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListItem[] }
  | { readonly kind: 'figures'; readonly figures: readonly KeyFigure[] }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly columns: readonly { readonly label: string; readonly numeric?: boolean | undefined }[];
      readonly rows: readonly (readonly Cell[])[];
      /** True when each row's first cell names the row (`<th scope="row">`). */
      readonly rowHeaders: boolean;
      /** A grid of many short cells (e.g. "Yes" or a dash): drawn with narrower columns. */
      readonly compact?: boolean | undefined;
    }
  | {
      readonly kind: 'figure';
      /**
       * A complete SVG chart (HTML only; Markdown relies on the table that follows): its text, or its pieces in order
       * (the national report's heatmaps, millions of characters, are joined once, with the page).
       */
      readonly svg: string | readonly string[];
      /** The same chart redrawn for a phone-sized screen, shown instead of `svg` there. */
      readonly narrowSvg: string | readonly string[];
      readonly caption: string;
    }
  | {
      /**
       * More of the same, out of the way: in HTML a `<details>` element on screen, closed, whose `summary`
       * opens it (no script needed), and the same blocks printed in full under `title`; in Markdown the
       * blocks under `title`.
       */
      readonly kind: 'more';
      /** What opens it on screen, e.g. "All 43 common barriers: show the other 33". */
      readonly summary: string;
      /** What heads it in print and Markdown, e.g. "The other 33 common barriers, ranked 11 to 43". */
      readonly title: string;
      readonly blocks: readonly Block[];
    }
  | { readonly kind: 'section'; readonly level: 2 | 3; readonly id: string; readonly title: string; readonly blocks: readonly Block[] };

/** A whole document: a title, a subtitle, notices above the contents, and sections. */
export interface Doc {
  readonly title: string;
  readonly subtitle: string;
  /** A short line above the title, e.g. "Self-assessment · national". */
  readonly kicker: string;
  /** A link shown above the title, e.g. back to the national report; null for none. */
  readonly up: { readonly text: string; readonly href: string } | null;
  readonly notices: readonly Block[];
  readonly sections: readonly Block[];
  readonly footer: readonly Inline[];
}

/**
 * Where the names of organisations and the national report link to (HTML only). Every address here has
 * been checked by the renderer: relative, or https.
 */
export interface DocLinks {
  /** The address of an organisation's report, by organisation id; null for no links. */
  readonly allianceHref: ((organisationId: string) => string) | null;
  /** The address of the national report, from an organisation's report; null for no link. */
  readonly nationalHref: string | null;
}

/** No links: what Markdown and a plain `renderHtml` use. */
export const NO_LINKS: DocLinks = Object.freeze({ allianceHref: null, nationalHref: null });

/** An organisation's name, linked to its report when links are given. */
export function organisationLink(links: DocLinks, organisationId: string, name: string): Inline {
  return links.allianceHref === null ? name : { kind: 'link', text: name, href: links.allianceHref(organisationId) };
}

/** Code-like text, e.g. an option's value. */
export function code(text: string): Inline {
  return { kind: 'code', text };
}

/** A paragraph of inline content. */
export function paragraph(...content: Inline[]): Block {
  return { kind: 'paragraph', content };
}

/** Strong text. */
export function strong(text: string): Inline {
  return { kind: 'strong', text };
}

/** Emphasised text. */
export function em(text: string): Inline {
  return { kind: 'em', text };
}

/** A tag. */
export function tag(text: string, tone: TagTone): Inline {
  return { kind: 'tag', text, tone };
}

/** A text cell. */
export function cell(...content: Inline[]): Cell {
  return { content };
}

/** A number cell. */
export function num(text: string): Cell {
  return { content: [text], numeric: true };
}

/**
 * Cells shared by text, for the tables of many rows: one cell for each text, however many rows show it. A theme score
 * table of 2,000 organisations has 20,000 number cells and a few hundred texts; cells are never changed once made, so
 * rows may share them (at 2,000 organisations this kept some 80,000 objects per rendering from living through it).
 */
export function sharedCells(make: (text: string) => Cell): (text: string) => Cell {
  const cells = new Map<string, Cell>();
  return (text) => {
    let shared = cells.get(text);
    if (shared === undefined) {
      shared = make(text);
      cells.set(text, shared);
    }
    return shared;
  };
}

/** A section. */
export function section(level: 2 | 3, id: string, title: string, blocks: readonly Block[]): Block {
  return { kind: 'section', level, id, title, blocks };
}

/** Makes a fragment id from any text: letters, digits and hyphens, starting with a letter. */
export function slug(prefix: string, text: string): string {
  const body = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return body.length > 0 ? `${prefix}-${body}` : prefix;
}
