import fc from 'fast-check';

/** One edit of a text: delete, duplicate, insert or replace a slice. */
type Edit =
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'replace'; readonly at: number; readonly length: number; readonly text: string };

/** Characters that matter to YAML and CSV, and a few that break encodings. */
const nasty = fc.constantFrom(
  ':',
  '-',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '"',
  "'",
  ',',
  ';',
  '[',
  ']',
  '{',
  '}',
  '&a',
  '*a',
  '!!',
  '#',
  '|',
  '>',
  '?',
  '__proto__',
  'constructor',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\u2028',
  '=',
  '+',
  '@',
  'é',
  '😀',
  '9'.repeat(400),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(nasty, fc.string({ maxLength: 8 })) }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 10 }),
    text: fc.oneof(nasty, fc.string({ maxLength: 8 })),
  }),
);

function apply(text: string, change: Edit): string {
  const at = text.length === 0 ? 0 : change.at % (text.length + 1);
  switch (change.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'duplicate':
      return text.slice(0, at + change.length) + text.slice(at, at + change.length) + text.slice(at + change.length);
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'replace':
      return text.slice(0, at) + change.text + text.slice(at + change.length);
  }
}

/** Texts made by applying one to six random edits to a valid seed text. */
export function mutated(seed: string): fc.Arbitrary<string> {
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => edits.reduce(apply, seed));
}
