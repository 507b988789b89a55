import { describe, expect, it } from 'vitest';
import { analyseGaps, analyseNational, resolveTarget } from '../../src/analysis/index.js';
import { effectiveCancerAllianceFramework } from '../../src/framework/reference.js';
import { makeFramework, makeOrganisationScore } from './fixtures.js';
import { a, context, framework, roles, scores } from './national-dataset.js';

describe('resolveTarget', () => {
  it('falls through each level when the more specific ones do not apply', () => {
    const targets = { national: 3, byTheme: { T1: 2 }, byRegion: { NEY: 3.5 }, byOrganisation: { z: 5 }, byOrganisationTheme: { a: { T2: 5 } } };
    // a is in NEY: region beats theme and national.
    expect(resolveTarget('a', 'T1', { ...context, targets })).toEqual({ value: 3.5, source: 'region' });
    expect(resolveTarget('a', 'T2', { ...context, targets })).toEqual({ value: 5, source: 'organisation-theme' });
    // An organisation in no region: the theme target applies.
    expect(resolveTarget('nowhere', 'T1', { ...context, targets })).toEqual({ value: 2, source: 'theme' });
    expect(resolveTarget('nowhere', 'T2', { ...context, targets })).toEqual({ value: 3, source: 'national' });
    expect(resolveTarget('z', 'T2', { ...context, targets })).toEqual({ value: 5, source: 'organisation' });
  });

  it('resolves an alliance region through the programme model by default', () => {
    // Wessex is hosted in the South East (Y59).
    const targets = { byRegion: { Y59: 3 } };
    expect(resolveTarget('wessex', 'T1', { framework: effectiveCancerAllianceFramework, targets })).toEqual({ value: 3, source: 'region' });
    expect(resolveTarget('not-an-alliance', 'T1', { framework: effectiveCancerAllianceFramework, targets })).toEqual({
      value: 4,
      source: 'framework-default',
    });
  });

  it('rejects targets outside the scale, non-finite targets and unknown themes', () => {
    expect(() => resolveTarget('a', 'T1', { ...context, targets: { national: 6 } })).toThrow(/^resolveTarget: targets.national is 6, outside the scale \(1 to 5\)/);
    expect(() => resolveTarget('a', 'T1', { ...context, targets: { national: 0.5 } })).toThrow(RangeError);
    expect(() => resolveTarget('a', 'T1', { ...context, targets: { byRegion: { NEY: Number.NaN } } })).toThrow(/finite/);
    expect(() => resolveTarget('a', 'T1', { ...context, targets: { byTheme: { T9: 3 } } })).toThrow(/names theme "T9"/);
    expect(() => resolveTarget('a', 'T1', { ...context, targets: { byOrganisationTheme: { a: { T9: 3 } } } })).toThrow(RangeError);
    expect(() => resolveTarget('a', 'T9', context)).toThrow(/^resolveTarget: the framework "mini-framework" has no theme "T9"/);
    expect(() => resolveTarget('a', 'T1', { ...context, targets: { national: '4' as unknown as number } })).toThrow(TypeError);
    expect(() => resolveTarget('a', 'T1', undefined as never)).toThrow(/^resolveTarget: options.framework is required/);
  });

  it('checks a target for one theme against that theme scale and a target for all against every scale', () => {
    const mixed = {
      ...makeFramework({ themes: 2, levels: [0, 1, 2, 3], target: 2 }),
    };
    const withOwnScale = {
      ...mixed,
      scales: [...mixed.scales, { ...mixed.scales[0]!, id: 'wide' as never, levels: [0, 1, 2, 3, 4, 5, 6].map((value) => ({ value, label: `L${value}`, descriptor: 'x' })) }],
      themes: [mixed.themes[0]!, { ...mixed.themes[1]!, scale: 'wide' as never }],
    };
    expect(resolveTarget('x', 'T2', { framework: withOwnScale, targets: { byTheme: { T2: 5 } } })).toEqual({ value: 5, source: 'theme' });
    expect(() => resolveTarget('x', 'T1', { framework: withOwnScale, targets: { byTheme: { T1: 5 } } })).toThrow(/outside the scale \(0 to 3\)/);
    expect(() => resolveTarget('x', 'T2', { framework: withOwnScale, targets: { national: 5 } })).toThrow(/outside the scale \(0 to 3\)/);
  });

  it('records the targets used in every result', () => {
    const gaps = analyseGaps(a, { ...context, targets: { national: 3.5 } });
    expect(gaps.method.options).toEqual({
      regions: 'custom',
      targets: { national: 3.5, byTheme: {}, byRegion: {}, byOrganisation: {}, byOrganisationTheme: {} },
    });
    expect(gaps.themes.map((theme) => theme.target)).toEqual([
      { value: 3.5, source: 'national' },
      { value: 3.5, source: 'national' },
    ]);
    expect(analyseGaps(makeOrganisationScore(framework, 'x', {}), { framework }).method.options.regions).toBe('programme');
  });
});

describe('purity', () => {
  it('resolveTarget and analyseNational do not change their inputs', () => {
    const targets = { national: 3, byTheme: { T1: 3.5 }, byOrganisationTheme: { a: { T2: 2 } } };
    const before = JSON.stringify([targets, scores]);
    resolveTarget('a', 'T2', { ...context, targets });
    const national = analyseNational(scores, { ...context, roles, targets });
    expect(JSON.stringify([targets, scores])).toBe(before);
    expect(Object.isFrozen(national.needsByOrganisation[0]?.needs[0]?.roles[0]?.responsibility)).toBe(true);
  });
});

describe('resolveTarget: the shape of the targets, and where each problem is', () => {
  const at = (targets: unknown) => () => resolveTarget('a', 'T1', { ...context, targets: targets as never });

  it('needs the targets, and each table of them, to be an object', () => {
    const spec = new TypeError('resolveTarget: options.targets must be an object (a TargetSpec)');
    expect(at('4')).toThrow(spec);
    expect(at(null)).toThrow(spec);
    expect(at([4])).toThrow(spec);
    expect(at({ byTheme: [4] })).toThrow(new TypeError('resolveTarget: targets.byTheme must be an object of targets by id'));
    expect(at({ byTheme: null })).toThrow(new TypeError('resolveTarget: targets.byTheme must be an object of targets by id'));
    expect(at({ byRegion: 'NEY' })).toThrow(new TypeError('resolveTarget: targets.byRegion must be an object of targets by id'));
    expect(at({ byOrganisation: 4 })).toThrow(new TypeError('resolveTarget: targets.byOrganisation must be an object of targets by id'));
    expect(at({ byOrganisationTheme: [] })).toThrow(new TypeError('resolveTarget: targets.byOrganisationTheme must be an object of targets by id'));
    expect(at({ byOrganisationTheme: { a: 4 } })).toThrow(new TypeError('resolveTarget: targets.byOrganisationTheme["a"] must be an object of targets by id'));
    // Tables left out, or given as undefined, are empty.
    expect(resolveTarget('a', 'T1', { ...context, targets: { byTheme: undefined } })).toEqual({ value: 4, source: 'framework-default' });
  });

  it('names the target that is wrong in each table', () => {
    expect(at({ national: '4' })).toThrow(new TypeError('resolveTarget: targets.national must be a number, got string'));
    expect(at({ byTheme: { T1: 6 } })).toThrow(new RangeError('resolveTarget: targets.byTheme["T1"] is 6, outside the scale (1 to 5); give a target within it'));
    expect(at({ byRegion: { NEY: Number.NaN } })).toThrow(new RangeError('resolveTarget: targets.byRegion["NEY"] must be a finite number, got NaN'));
    expect(at({ byOrganisation: { a: 0 } })).toThrow(new RangeError('resolveTarget: targets.byOrganisation["a"] is 0, outside the scale (1 to 5); give a target within it'));
    expect(at({ byOrganisationTheme: { a: { T2: null } } })).toThrow(new TypeError('resolveTarget: targets.byOrganisationTheme["a"]["T2"] must be a number, got object'));
    expect(at({ byTheme: { T9: 3 } })).toThrow(
      new RangeError('resolveTarget: targets.byTheme names theme "T9", which the framework "mini-framework" does not have; use one of T1, T2'),
    );
    expect(at({ byOrganisationTheme: { a: { T9: 3 } } })).toThrow(
      new RangeError('resolveTarget: targets.byOrganisationTheme["a"] names theme "T9", which the framework "mini-framework" does not have; use one of T1, T2'),
    );
  });

  it("checks the framework's own default target against the scale", () => {
    const outside = { ...framework, defaultTarget: 9 };
    expect(() => resolveTarget('a', 'T1', { framework: outside })).toThrow(
      new RangeError("resolveTarget: the framework's default target is 9, outside the scale (1 to 5); give a target within it"),
    );
  });

  it('never gives an organisation in no region a region target, even one keyed "null"', () => {
    const targets = { byRegion: { null: 2 } };
    expect(resolveTarget('x', 'T1', { framework, regionOf: () => null, targets })).toEqual({ value: 4, source: 'framework-default' });
  });

  it('requires options that are an object with a framework', () => {
    const required = new TypeError('resolveTarget: options.framework is required');
    expect(() => resolveTarget('a', 'T1', null as never)).toThrow(required);
    expect(() => resolveTarget('a', 'T1', {} as never)).toThrow(required);
    expect(() => resolveTarget('a', 'T1', Object.assign(() => null, { framework }) as never)).toThrow(required);
  });
});

describe('the targets recorded in a result', () => {
  it('lists every target given, as plain enumerable data that survives JSON', () => {
    const targets = { national: 3, byTheme: { T1: 2 }, byRegion: { NEY: 3.5 }, byOrganisation: { z: 5 }, byOrganisationTheme: { a: { T2: 5 } } };
    const recorded = analyseGaps(a, { ...context, targets }).method.options.targets;
    expect(recorded).toEqual(targets);
    expect(Object.keys(recorded.byTheme)).toEqual(['T1']);
    expect(Object.keys(recorded.byOrganisationTheme)).toEqual(['a']);
    expect(JSON.parse(JSON.stringify(recorded))).toEqual(targets);
  });
});
