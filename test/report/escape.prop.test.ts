import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCsvCell } from '../../src/report/csv.js';
import { escapeHtml, escapeMarkdown } from '../../src/report/escape.js';

const decodeHtml = (text: string) =>
  text.replace(/&lt;|&gt;|&quot;|&#39;|&amp;/g, (entity) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' })[entity] ?? entity);

describe('escaping laws', { timeout: 60_000 }, () => {
  it('escapeHtml leaves no markup character and decodes back to the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(decodeHtml(escaped)).toBe(text);
      }),
    );
  });

  it('escapeMarkdown leaves no unescaped markup character and no line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        // Remove escaped pairs; no markup character may remain.
        expect(escaped.replace(/\\[\\*_`[\]<>|#~!&]/g, '')).not.toMatch(/[\\*_`[\]<>|#~!]/);
      }),
    );
  });

  it('safeCsvCell never lets a cell start a formula, and changes nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = safeCsvCell(text);
        expect(safe).not.toMatch(/^[=+\-@\t\r]/);
        expect(safe === text || safe === `'${text}`).toBe(true);
      }),
    );
  });
});
