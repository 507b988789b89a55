import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The packages a browser bundle of `import { names } from the package` contains, with their bytes. */
async function packagesIn(names: string): Promise<Record<string, number>> {
  const result = await build({
    stdin: { contents: `import { ${names} } from './src/index.ts'; globalThis.keep = [${names}];`, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const packages: Record<string, number> = {};
  for (const [path, input] of Object.entries(output?.inputs ?? {})) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'cancer-alliance-framework';
    packages[name] = (packages[name] ?? 0) + input.bytesInOutput;
  }
  return packages;
}

describe('what a bundler keeps', { timeout: 60_000 }, () => {
  it('keeps neither the YAML parser nor the CSV parser (nor zod) for scoreAnswers alone', async () => {
    expect(Object.keys(await packagesIn('scoreAnswers'))).toEqual(['cancer-alliance-framework']);
  });

  it('keeps only our own code for the reference framework value', async () => {
    expect(Object.keys(await packagesIn('effectiveCancerAllianceFramework'))).toEqual(['cancer-alliance-framework']);
  });

  it('keeps the YAML parser and zod for parseFramework', async () => {
    const packages = Object.keys(await packagesIn('parseFramework')).sort();
    expect(packages).toEqual(['cancer-alliance-framework', 'yaml', 'zod']);
  });

  it('keeps only our own code for parseAnswersCsv: the package splits CSV itself', async () => {
    expect(Object.keys(await packagesIn('parseAnswersCsv'))).toEqual(['cancer-alliance-framework']);
  });

  it('runs the core in a browser bundle with no Node built-ins', async () => {
    const packages = await packagesIn('parseFramework, parseAnswersCsv, scoreAnswers, buildReports, renderHtml');
    expect(Object.keys(packages).sort()).toEqual(['cancer-alliance-framework', 'date-fns', 'yaml', 'zod']);
  });
});
