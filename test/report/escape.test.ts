import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown } from '../../src/report/escape.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can start markup or end an attribute', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
  });

  it('leaves other text alone, including non-ASCII', () => {
    expect(escapeHtml('Lancashire and South Cumbria · 2023/24 – “quoted”')).toBe('Lancashire and South Cumbria · 2023/24 – “quoted”');
  });

  it('escapes an already escaped text again, so that it shows as written', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('throws a TypeError for a non-string', () => {
    expect(() => escapeHtml(3 as unknown as string)).toThrow(/^escapeHtml: /);
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline markup, table pipes and HTML brackets', () => {
    expect(escapeMarkdown('<script> | *bold* _em_ `code` [link](x) # ~ !')).toBe('\\<script\\> \\| \\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) \\# \\~ \\!');
  });

  it('turns line breaks into spaces, so that a table row stays on one line', () => {
    expect(escapeMarkdown('one\ntwo\r\nthree\rfour')).toBe('one two three four');
  });

  it('escapes a backslash and an ampersand that would start a character reference', () => {
    expect(escapeMarkdown('a\\b &amp; c & d')).toBe('a\\\\b \\&amp; c & d');
  });

  it('throws a TypeError for a non-string', () => {
    expect(() => escapeMarkdown(null as unknown as string)).toThrow(/^escapeMarkdown: /);
  });
});
