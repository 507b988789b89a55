import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson, readJsonSequence, type JsonDuplicateKey, type JsonReadOptions } from '../../src/internal/json.js';

const OPTIONS: JsonReadOptions = { maxDepth: 1_000, positions: true };

/** Reads a text that must be JSON, failing with the reader's problem otherwise. */
function valueOf(text: string, options: JsonReadOptions = OPTIONS): unknown {
  const read = readJson(text, options);
  if (!read.ok) throw new Error(`not read: ${JSON.stringify(read.problem)}`);
  return read.source.value;
}

function problemOf(text: string, options: JsonReadOptions = OPTIONS) {
  const read = readJson(text, options);
  if (read.ok) throw new Error(`read, but should not be: ${text}`);
  return read.problem;
}

/** Texts JSON.parse refuses, each for a different rule of RFC 8259. */
const NOT_JSON = [
  '',
  ' ',
  '[1,]',
  '{"a":1,}',
  '[1 2]',
  '{"a" 1}',
  '{a:1}',
  "{'a':1}",
  '01',
  '-',
  '1.',
  '.5',
  '1e',
  '1e+',
  '+1',
  'NaN',
  'Infinity',
  'tru',
  'nul',
  '"abc',
  '"a\\x"',
  '"\\u12G4"',
  '"a\u0001b"',
  '"tab\there"',
  '[',
  ']',
  '{',
  '{"a":1}}',
  '[1]]',
  '1 2',
  '\u00a01',
  '[1,,2]',
  '{"a":1,,"b":2}',
  '{,}',
  '[,]',
  '{"a"}',
  '{"a":}',
  '\uFEFF1',
  '/* comment */ 1',
];

describe('readJson: what JSON.parse reads, read alike', () => {
  it('gives the value JSON.parse gives, for any JSON value written in any layout', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 2 }), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(valueOf(text)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 2_000, seed: 20_241_213 },
    );
  });

  it('gives the value JSON.parse gives for the texts fast-check writes (escapes, unicode, numbers)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(valueOf(text)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 2_000, seed: 20_241_214 },
    );
  });

  it('refuses exactly what JSON.parse refuses, on texts made by cutting and changing JSON', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '[', '{', '"', ':', '\\', '0', '-', 'e', '.', ' ', '\u0000', 'x'))
      .map(([text, at, insert]) => {
        const cut = at % (text.length + 1);
        return `${text.slice(0, cut)}${insert}${text.slice(cut + (at % 2))}`;
      });
    fc.assert(
      fc.property(mutated, (text) => {
        let expected: unknown;
        let parses = true;
        try {
          expected = JSON.parse(text);
        } catch {
          parses = false;
        }
        const read = readJson(text, OPTIONS);
        expect(read.ok).toBe(parses);
        if (read.ok) expect(read.source.value).toStrictEqual(expected);
      }),
      { numRuns: 3_000, seed: 20_241_215 },
    );
  });

  it('refuses every text of a list that JSON.parse refuses, naming the line and column', () => {
    for (const text of NOT_JSON) {
      expect((): unknown => JSON.parse(text), text).toThrow();
      const problem = problemOf(text);
      expect(problem.kind, text).toBe('syntax');
      expect(problem.line, text).toBe(1);
      expect(problem.column, text).toBeGreaterThanOrEqual(1);
    }
  });

  it('reads numbers as Number does, and keys named __proto__ as own properties', () => {
    expect(valueOf('[0, -0, 1e400, -1e400, 1E-400, 123456789012345678901234567890, 0.1, 2.5e-3]')).toStrictEqual([
      0,
      -0,
      Infinity,
      -Infinity,
      0,
      1.2345678901234568e29,
      0.1,
      0.0025,
    ]);
    const object = valueOf('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    expect(Object.keys(object)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(valueOf('"\\ud83d\\ude00 \\uD800 \\/ \\b\\f\\n\\r\\t"')).toBe('😀 \uD800 / \b\f\n\r\t');
  });

  it('says where a problem is: line and column, with CRLF, LF and lone CR line ends', () => {
    expect(problemOf('{\n  "a": 1,\n  "b": x\n}')).toEqual({ kind: 'syntax', detail: 'expected a value, found "x"', line: 3, column: 8 });
    expect(problemOf('{\r\n  "a": 1\r\n  "b": 2\r\n}')).toEqual({ kind: 'syntax', detail: 'expected "," or "}" after the value of "a", found """', line: 3, column: 3 });
    expect(problemOf('[1,\r2,\r3 4]')).toMatchObject({ line: 3, column: 3 });
    expect(problemOf('["a\nb"]')).toEqual({ kind: 'syntax', detail: 'the control character U+000A must be escaped inside a string', line: 1, column: 4 });
    expect(problemOf('[1')).toEqual({ kind: 'syntax', detail: 'expected "," or "]" after an array element, found the end of the text', line: 1, column: 3 });
    expect(problemOf('"abc')).toMatchObject({ detail: 'the text ends inside a string: a closing quote is missing' });
  });
});

describe('readJson: depth', () => {
  it('refuses nesting deeper than maxDepth, at the first bracket too deep, for any depth and mix of brackets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 50 }), fc.boolean(), (maxDepth, extra, objects) => {
        const depth = maxDepth + extra;
        const opening = objects ? '{"k":' : '[';
        const text = `${opening.repeat(depth)}1${(objects ? '}' : ']').repeat(depth)}`;
        const read = readJson(text, { maxDepth, positions: false });
        if (extra === 0) {
          expect(read.ok).toBe(true);
        } else {
          expect(read.ok).toBe(false);
          if (!read.ok) expect(read.problem).toEqual({ kind: 'too-deep', max: maxDepth, line: 1, column: maxDepth * opening.length + 1 });
        }
      }),
      { numRuns: 300, seed: 20_241_216 },
    );
  });

  it('reads 1,000,000 brackets without a stack overflow: refused at the limit, the same way every time', () => {
    const text = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const first = readJson(text, { maxDepth: 100, positions: false });
    const second = readJson(text, { maxDepth: 100, positions: false });
    expect(first).toEqual({ ok: false, problem: { kind: 'too-deep', max: 100, line: 1, column: 101 } });
    expect(second).toEqual(first);
    expect(readJson(text, { maxDepth: 1_000_000, positions: false }).ok).toBe(true);
  }, 60_000);
});

describe('readJson: keys given twice', () => {
  function duplicatesOf(text: string): JsonDuplicateKey[] {
    const found: JsonDuplicateKey[] = [];
    const read = readJson(text, { ...OPTIONS, onDuplicate: (duplicate) => found.push(duplicate) });
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.source.value).toStrictEqual(JSON.parse(text));
    return found;
  }

  it('reports each key given again in the same object, with the path of the object and the place of the key', () => {
    expect(duplicatesOf('{"answers":[1,2],\n "answers":[3]}')).toEqual([{ key: 'answers', path: [], line: 2, column: 2 }]);
    expect(duplicatesOf('[{"a":1},{"a":1,"b":2,"a":3,"a":4}]')).toEqual([
      { key: 'a', path: [1], line: 1, column: 23 },
      { key: 'a', path: [1], line: 1, column: 29 },
    ]);
    expect(duplicatesOf('{"x":{"y":[{"z":1,"z":2}]}}')).toEqual([{ key: 'z', path: ['x', 'y', 0], line: 1, column: 19 }]);
    expect(duplicatesOf('{"a":1,"b":{"a":2},"c":[{"a":3}]}')).toEqual([]);
    expect(duplicatesOf('{"__proto__":1,"__proto__":2}')).toEqual([{ key: '__proto__', path: [], line: 1, column: 16 }]);
  });

  it('finds a key repeated in an escaped spelling', () => {
    expect(duplicatesOf('{"ab":1,"a\\u0062":2}').map((duplicate) => duplicate.key)).toEqual(['ab']);
  });

  it('finds every repeat, whatever the keys, depth and place (checked against counting the keys)', () => {
    const keys = fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor', 'toString', 'é', '');
    const entries = fc.array(fc.tuple(keys, fc.integer()), { maxLength: 12 });
    fc.assert(
      fc.property(entries, fc.integer({ min: 0, max: 4 }), (pairs, depth) => {
        const object = `{${pairs.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;
        const text = `${'{"k":['.repeat(depth)}${object}${']}'.repeat(depth)}`;
        const seen = new Set<string>();
        const expected = pairs.flatMap(([key]) => (seen.has(key) ? [key] : (seen.add(key), [])));
        const found = duplicatesOf(text);
        expect(found.map((duplicate) => duplicate.key)).toEqual(expected);
        for (const duplicate of found) expect(duplicate.path).toEqual(Array.from({ length: depth }, () => ['k', 0]).flat());
      }),
      { numRuns: 500, seed: 20_241_217 },
    );
  });
});

describe('readJson: positions', () => {
  const text = '{\n  "themes": [\n    {"id": "T1", "items": [1, 2]},\n    {"id": "T2"}\n  ],\n  "title": "x"\n}';

  it('gives the line and column of a value, of a key, and of the nearest ancestor of a path that is not there', () => {
    const read = readJson(text, OPTIONS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { position } = read.source;
    expect(position([])).toEqual({ line: 1, column: 1 });
    expect(position(['themes'])).toEqual({ line: 2, column: 13 });
    expect(position(['themes'], undefined)).toEqual({ line: 2, column: 13 });
    expect(position([], 'themes')).toEqual({ line: 2, column: 3 });
    expect(position(['themes', 0, 'items', 1])).toEqual({ line: 3, column: 31 });
    expect(position(['themes', 1, 'id'])).toEqual({ line: 4, column: 12 });
    expect(position(['themes', 1], 'id')).toEqual({ line: 4, column: 6 });
    expect(position(['themes', 5, 'id'])).toEqual({ line: 2, column: 13 });
    expect(position(['title', 'x'])).toEqual({ line: 6, column: 12 });
  });

  it('gives only the root when places are not recorded', () => {
    const read = readJson(`  ${text}`, { maxDepth: 10, positions: false });
    expect(read.ok && read.source.position(['themes', 0])).toEqual({ line: 1, column: 3 });
  });

  it('places every value of random JSON where JSON.stringify of its part starts', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const read = readJson(text, OPTIONS);
        if (!read.ok) return;
        // Walk to a leaf along first children, checking each place against the text.
        let node: unknown = read.source.value;
        const path: (string | number)[] = [];
        for (;;) {
          const at = read.source.position(path);
          expect(at?.line).toBe(1);
          expect(text.slice((at?.column ?? 0) - 1).startsWith(JSON.stringify(node))).toBe(true);
          if (Array.isArray(node) && node.length > 0) {
            path.push(node.length - 1);
            node = node[node.length - 1];
          } else if (node !== null && typeof node === 'object' && Object.keys(node).length > 0) {
            const key = Object.keys(node)[0] ?? '';
            path.push(key);
            node = (node as Record<string, unknown>)[key];
          } else break;
        }
      }),
      { numRuns: 500, seed: 20_241_218 },
    );
  });
});

describe('readJsonSequence: JSON Lines and values one after another', () => {
  it('gives each value JSON.parse gives, with the line and column where it starts, in any layout', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.jsonValue(), fc.boolean()), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', ' \n\n'), (entries, separator) => {
        const parts = entries.map(([value, pretty]) => JSON.stringify(value, null, pretty ? 2 : undefined));
        const text = parts.join(separator);
        const read = readJsonSequence(text, { maxDepth: 1_000 });
        if (!read.ok) throw new Error(JSON.stringify(read.problem));
        expect(read.values.map((entry) => entry.value)).toEqual(parts.map((part) => JSON.parse(part) as unknown));
        let line = 1;
        read.values.forEach((entry, index) => {
          expect([entry.line, entry.column]).toEqual([line, 1]);
          line += (parts[index]!.match(/\n/g)?.length ?? 0) + (separator.match(/\n/g)?.length ?? 0);
        });
      }),
      { numRuns: 300, seed: 20_261_205 },
    );
  });

  it('gives no value for a blank text, and refuses as readJson does, at the place on the line where it is', () => {
    expect(readJsonSequence(' \n ', { maxDepth: 10 })).toEqual({ ok: true, values: [] });
    expect(readJsonSequence('{"a": 1} [2, 3]\n"x"', { maxDepth: 10 })).toMatchObject({
      ok: true,
      values: [
        { value: { a: 1 }, line: 1, column: 1 },
        { value: [2, 3], line: 1, column: 10 },
        { value: 'x', line: 2, column: 1 },
      ],
    });
    expect(readJsonSequence('{"a": 1}\n{"a": }', { maxDepth: 10 })).toEqual({
      ok: false,
      problem: { kind: 'syntax', detail: 'expected a value, found "}"', line: 2, column: 7 },
    });
    expect(readJsonSequence('1\n[[[', { maxDepth: 2 })).toEqual({ ok: false, problem: { kind: 'too-deep', max: 2, line: 2, column: 3 } });
    const duplicates: JsonDuplicateKey[] = [];
    readJsonSequence('{"a": 1}\n{"b": {"c": 1, "c": 2}}', { maxDepth: 10, onDuplicate: (duplicate) => duplicates.push(duplicate) });
    expect(duplicates).toEqual([{ key: 'c', path: ['b'], line: 2, column: 16 }]);
  });
});
