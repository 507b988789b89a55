import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/report/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { sevenThemeFramework, uniformScores } from './fixtures.js';

const seven = sevenThemeFramework();
const set = buildReports(uniformScores(seven, { a: 3, b: 1, c: 2 }), {
  framework: seven,
  round: { label: '2023/24', date: '2023-09-30', financialYear: '2023/24' },
  organisationName: (id) => ({ a: 'Alpha | *Alliance*', b: '<script>alert(1)</script>' })[id] ?? null,
});
const alpha = renderMarkdown(set.alliances[0] as Report);
const bee = renderMarkdown(set.alliances[1] as Report);
const national = renderMarkdown(set.national);

describe('renderMarkdown', () => {
  it('starts with the title and subtitle', () => {
    expect(bee.split('\n').slice(0, 4)).toEqual([
      '# \\<script\\>alert(1)\\</script\\>: self-assessment report',
      '',
      // The round's label is its financial year, so it is said once.
      '*A seven-theme test framework · 2023/24*',
      '',
    ]);
    expect(national.startsWith('# National self-assessment report\n')).toBe(true);
  });

  it('writes the sections in order, with the framework status as a notice', () => {
    const headings = alpha.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Summary for the board',
      '## Themes at a glance',
      '## Priority development needs',
      '## Common barriers',
      '## Theme by theme',
      '## Agreement between respondents',
      '## Respondent groups',
      '## About these figures',
      '## Method and provenance',
    ]);
    expect(alpha).toContain('> **About this framework:** This framework is a draft');
  });

  it('writes the theme table with rounded scores, worked by hand', () => {
    // a scores 3 on S1 ("All"), target 2, shortfall 0; the median of 3, 1, 2 is 2; a ranks first of 3.
    expect(alpha).toContain('| Theme | Score | Level | Target | Shortfall | Priority | Position | National median | Rank |');
    expect(alpha).toContain('| --- | ---: | --- | ---: | ---: | --- | --- | ---: | ---: |');
    expect(alpha).toContain('| **S1** Seven theme 1 | 3.00 | All | 2.00 | 0.00 | **At target** | Strength | 2.00 | 1 of 3 |');
    // b: shortfall 2 - 1 = 1, a high priority; 3rd of 3.
    expect(bee).toContain('| **S1** Seven theme 1 | 1.00 | Some | 2.00 | 1.00 | **High priority** | Foundational gap | 2.00 | 3 of 3 |');
  });

  it('writes the needs as a summary table, then each need with who can help and where it falls short', () => {
    // b scores 1 on every theme against a target of 2: seven needs, each with a shortfall of 1.
    expect(bee).toContain('| Need | Score | Shortfall | Priority | Position | Lowest-scoring item |');
    // The link to the need's detail is HTML only: plain text here.
    expect(bee).toContain('| 1. Seven theme 1 | 1.00 | 1.00 | **High priority** | Foundational gap | **S1.E1** (1.00) Enabler one of S1 |');
    expect(bee.indexOf('| Need | Score |')).toBeLessThan(bee.indexOf('### 1. Seven theme 1'));
    expect(bee).toContain('Score 1.00 against a target of 2.00: a shortfall of 1.00. **High priority**');
    expect(bee).toContain('- **S1.E1** (Enabling Factor, 1.00) Enabler one of S1');
    expect(bee).toContain('| Alpha \\| \\*Alliance\\* | Peer | At or above target: 3.00 against 2.00. |');
    // Where it falls short: in HTML on request; here under its summary.
    expect(bee).toContain('**Where S1 falls short: 2 Conditions of Success below target, and 2 Enabling Factors behind them**');
    expect(bee).toContain('| **S1.C1** Condition one of S1 | 1.00 | S1.E1 (1.00) |');
    expect(bee).toContain('| **S1.E1** Enabler one of S1 | 1.00 | S1.C1 |');
  });

  it('escapes text from data, so that it shows as written', () => {
    // Every < is escaped with a backslash: a Markdown renderer shows it as text.
    expect(bee).not.toMatch(/(^|[^\\])<script/m);
    expect(national).toContain('| \\<script\\>alert(1)\\</script\\> | ');
    expect(national).toContain('| Alpha \\| \\*Alliance\\* | ');
    // Every table row has as many cells as its header.
    for (const text of [alpha, bee, national]) {
      const lines = text.split('\n');
      lines.forEach((line, index) => {
        if (!line.startsWith('| ---') && !line.startsWith('| ---:')) return;
        const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
        const width = cells(lines[index - 1]!);
        for (let next = index + 1; lines[next]?.startsWith('|'); next += 1) expect(cells(lines[next]!)).toBe(width);
      });
    }
  });

  it('has no charts, only their tables', () => {
    expect(national).not.toContain('<svg');
    expect(national).toContain('*Theme scores by alliance. Scores in brackets have too little evidence.*');
    expect(national).toContain('| Alliance | Region | S1 | S2 | S3 | S4 | S5 | S6 | S7 | Below target | To target |');
  });

  it('ends with the footer', () => {
    expect(national.endsWith('---\n\nGenerated by cancer-alliance-framework from A seven-theme test framework, version 0.1.0 (draft). Round: 2023/24 (30 September 2023).\n')).toBe(
      true,
    );
  });

  it('throws a TypeError for something other than a report', () => {
    expect(() => renderMarkdown({} as never)).toThrow(/^renderMarkdown: /);
  });
});
