// Splitting CSV text into rows of cells, incrementally: the text may arrive whole or in chunks, and a row is only
// handed on once it is complete, so that chunked and whole reading give exactly the same rows. The rules are those of
// RFC 4180 as papaparse 5 applies them (the package's CSV reader before 1.0, kept as the test oracle), for line ends
// already made "\n":
//
// - a cell that starts with a quote is quoted: it runs to a quote followed (after any blanks) by the delimiter, a line
//   break or the end of the text; `""` inside it is one quote, and delimiters and line breaks are part of it;
// - a quote followed by anything else is kept as text and the cell runs on to the next closing quote: the row is
//   flagged `invalid-quote`;
// - a quoted cell never closed takes the rest of the text, as written: the row is flagged `unterminated-quote`;
// - a quote anywhere but at the start of a cell is text.

/** Why a row could not be split reliably. */
export type CsvRowProblem = 'unterminated-quote' | 'invalid-quote';

/** Receives each complete row: its cells, the line it starts on (1-based) and what went wrong splitting it. */
export type CsvRowSink = (cells: string[], line: number, problem: CsvRowProblem | undefined) => void;

/**
 * Offered each complete row that holds no quote as the line text[start, end) (without its line break), before it is
 * split: returns true when it has read the row itself, false to have it split and given to the row sink.
 */
export type CsvLineSink = (text: string, start: number, end: number, line: number) => boolean;

const QUOTE = '"';
const NEWLINE = '\n';

/**
 * Splits CSV text, with "\n" line ends, into rows. Feed it the text in one piece or in chunks (`write`), then `end`.
 * Internal.
 */
export class CsvSplitter {
  /** Text not yet made into rows: the start of a row that continues in the next chunk. */
  private pending = '';
  /** The line the pending text starts on. */
  private line: number;

  /**
   * @param delimiter - The cell delimiter (any non-empty text without quotes or line breaks).
   * @param firstLine - The line of the whole text the first chunk starts on.
   * @param sink - Receives each row as it is completed.
   * @param lines - Offered first each row of a text (or chunk) without quotes, as a line, so that a reader can take it
   *   without the strings of its cells.
   */
  constructor(
    private readonly delimiter: string,
    firstLine: number,
    private readonly sink: CsvRowSink,
    private readonly lines?: CsvLineSink | undefined,
  ) {
    this.line = firstLine;
  }

  /** Splits the rows a chunk completes; the start of a row it leaves unfinished waits for the next chunk. */
  write(chunk: string): void {
    const text = this.pending === '' ? chunk : this.pending + chunk;
    const consumed = this.split(text, false);
    this.pending = consumed === text.length ? '' : text.slice(consumed);
  }

  /** Splits what is left: the text has ended. */
  end(): void {
    if (this.pending !== '') this.split(this.pending, true);
    this.pending = '';
  }

  /**
   * Splits `text` into rows from its start; returns how much of it was consumed. Unless `final`, a row that reaches
   * the end of the text unfinished is left unconsumed, with anything found wrong in it, to be read again whole.
   */
  private split(text: string, final: boolean): number {
    const { delimiter, sink, lines } = this;
    const length = text.length;
    const step = delimiter.length;
    let cursor = 0;
    // Without a quote anywhere, every row is its line split at the delimiter.
    if (!text.includes(QUOTE)) {
      for (;;) {
        const end = text.indexOf(NEWLINE, cursor);
        if (end === -1) {
          if (!final) return cursor;
          if (cursor < length && !lines?.(text, cursor, length, this.line)) {
            sink(text.slice(cursor).split(delimiter), this.line, undefined);
          }
          return length;
        }
        if (!lines?.(text, cursor, end, this.line)) sink(text.slice(cursor, end).split(delimiter), this.line, undefined);
        this.line += 1;
        cursor = end + 1;
      }
    }
    let rowStart = 0;
    let row: string[] = [];
    let problem: CsvRowProblem | undefined;
    let nextDelimiter = text.indexOf(delimiter, cursor);
    let nextNewline = text.indexOf(NEWLINE, cursor);
    const emit = (next: number): void => {
      sink(row, this.line, problem);
      this.line += countNewlines(text, rowStart, next);
      row = [];
      problem = undefined;
      cursor = next;
      rowStart = next;
    };
    for (;;) {
      if (cursor < length && text.charCodeAt(cursor) === 34 /* " */) {
        // A quoted cell: find its closing quote.
        const open = cursor + 1;
        let quote = cursor;
        for (;;) {
          quote = text.indexOf(QUOTE, quote + 1);
          if (quote === -1) {
            // Never closed: the rest of the text is the cell, as written.
            if (!final) return rowStart;
            row.push(text.slice(open));
            problem = 'unterminated-quote';
            emit(length);
            return length;
          }
          if (quote === length - 1) {
            // Closed at the very end of the text.
            if (!final) return rowStart;
            row.push(unquote(text.slice(open, quote)));
            emit(length);
            return length;
          }
          if (text.charCodeAt(quote + 1) === 34) {
            quote += 1; // "" is a quote inside the cell
            continue;
          }
          if (nextDelimiter !== -1 && nextDelimiter < quote + 1) nextDelimiter = text.indexOf(delimiter, quote + 1);
          if (nextNewline !== -1 && nextNewline < quote + 1) nextNewline = text.indexOf(NEWLINE, quote + 1);
          const checkUpTo = nextNewline === -1 ? nextDelimiter : Math.min(nextDelimiter, nextNewline);
          const blanksBeforeDelimiter = blanksBetween(text, quote + 1, checkUpTo);
          const afterDelimiterBlanks = quote + 1 + blanksBeforeDelimiter;
          if (text.startsWith(delimiter, afterDelimiterBlanks)) {
            row.push(unquote(text.slice(open, quote)));
            cursor = afterDelimiterBlanks + step;
            if (nextDelimiter !== -1 && nextDelimiter < cursor) nextDelimiter = text.indexOf(delimiter, cursor);
            if (nextNewline !== -1 && nextNewline < cursor) nextNewline = text.indexOf(NEWLINE, cursor);
            break;
          }
          const afterNewlineBlanks = quote + 1 + blanksBetween(text, quote + 1, nextNewline);
          if (text.startsWith(NEWLINE, afterNewlineBlanks)) {
            row.push(unquote(text.slice(open, quote)));
            emit(afterNewlineBlanks + 1);
            nextNewline = text.indexOf(NEWLINE, cursor);
            if (nextDelimiter !== -1 && nextDelimiter < cursor) nextDelimiter = text.indexOf(delimiter, cursor);
            break;
          }
          // A quote followed by anything else is text; the cell runs on to the next closing quote.
          problem ??= 'invalid-quote';
        }
        continue;
      }
      if (nextDelimiter !== -1 && (nextDelimiter < nextNewline || nextNewline === -1)) {
        row.push(text.slice(cursor, nextDelimiter));
        cursor = nextDelimiter + step;
        nextDelimiter = text.indexOf(delimiter, cursor);
        continue;
      }
      if (nextNewline !== -1) {
        row.push(text.slice(cursor, nextNewline));
        emit(nextNewline + 1);
        nextNewline = text.indexOf(NEWLINE, cursor);
        continue;
      }
      // The last cell of the text, with no line break after it.
      if (!final) return rowStart;
      if (row.length > 0 || cursor < length) {
        row.push(text.slice(cursor));
        emit(length);
      }
      return length;
    }
  }
}

/** The number of line breaks in `text` from `from` up to `to`. */
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf(NEWLINE, from); index !== -1 && index < to; index = text.indexOf(NEWLINE, index + 1)) count += 1;
  return count;
}

/** How many blank characters lie between a closing quote and `index`, when only blanks do (else 0). */
function blanksBetween(text: string, from: number, index: number): number {
  if (index === -1 || index <= from) return 0;
  const between = text.slice(from, index);
  return between.trim() === '' ? between.length : 0;
}

function unquote(text: string): string {
  return !text.includes('""') ? text : text.replaceAll('""', '"');
}

/**
 * Writes rows of text as CSV, each row ending in the line ending (CRLF by default), as papaparse's `unparse` does with
 * `quotes: false`: a cell is quoted, its quotes doubled, when it holds a quote, the delimiter, a line break or a byte
 * order mark, or starts or ends with a space. test/internal/csv.test.ts holds it to papaparse's output. Internal.
 */
export function writeCsvRows(rows: readonly (readonly string[])[], delimiter = ',', lineEnding = '\r\n'): string {
  const cell = (text: string): string => {
    const quoted = /["\r\n\uFEFF]/.test(text) || text.includes(delimiter) || text.startsWith(' ') || text.endsWith(' ');
    return quoted ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${rows.map((row) => row.map(cell).join(delimiter)).join(lineEnding)}${lineEnding}`;
}
