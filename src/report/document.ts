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
    }
  | {
      readonly kind: 'figure';
      /** A complete SVG chart (HTML only; Markdown relies on the table that follows). */
      readonly svg: string;
      readonly caption: string;
    }
  | { readonly kind: 'section'; readonly level: 2 | 3; readonly id: string; readonly title: string; readonly blocks: readonly Block[] };

/** A whole document: a title, a subtitle, notices above the contents, and sections. */
export interface Doc {
  readonly title: string;
  readonly subtitle: string;
  /** A short line above the title, e.g. "Self-assessment · national". */
  readonly kicker: string;
  readonly notices: readonly Block[];
  readonly sections: readonly Block[];
  readonly footer: readonly Inline[];
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
