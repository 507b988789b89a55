import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProgrammeError, createDeliveryPlan, requiredSignatoriesOf, signDeliveryPlan, submitDeliveryPlan } from '../../src/programme/index.js';

describe('the worked sign-off example of docs/programme.md', () => {
  it('runs as the page says', () => {
    // docs:start
    const alliance = 'swag'; // Somerset, Wiltshire, Avon and Gloucestershire: South West region (Y58)
    const managingDirector = { roleId: 'alliance-managing-director', allianceId: alliance } as const;

    // Who must sign? Each role is resolved for the alliance: the Regional Director of its own region.
    const signatories = requiredSignatoriesOf('delivery-plan', alliance);
    // signatories.map((party) => party.title)
    //   → ['Regional Director, South West', 'National Cancer Director']

    // The alliance prepares its plan for 2023/24 and submits it. Dates are given, never read from the clock.
    let plan = createDeliveryPlan({ allianceId: alliance, financialYear: '2023/24', by: managingDirector, at: new Date(2023, 3, 3) });
    plan = submitDeliveryPlan(plan, { by: managingDirector, at: new Date(2023, 3, 28) });

    // Another region's director may not sign: the step is refused, with a code that says why.
    let refusal: ProgrammeError | undefined;
    try {
      signDeliveryPlan(plan, { by: { roleId: 'regional-director', regionId: 'Y59' }, at: new Date(2023, 4, 2) });
    } catch (error) {
      if (error instanceof ProgrammeError) refusal = error;
    }
    // refusal?.issues.map((issue) => issue.code) → ['wrong-region']

    // The South West's Regional Director signs; the plan waits for the National Cancer Director.
    const signedOnce = signDeliveryPlan(plan, { by: { roleId: 'regional-director', regionId: 'Y58' }, at: new Date(2023, 4, 2) });
    // signedOnce.status → 'submitted'

    // A second signature by the same signatory is refused …
    let duplicate: ProgrammeError | undefined;
    try {
      signDeliveryPlan(signedOnce, { by: { roleId: 'regional-director', regionId: 'Y58' }, at: new Date(2023, 4, 3) });
    } catch (error) {
      if (error instanceof ProgrammeError) duplicate = error;
    }
    // duplicate?.issues.map((issue) => issue.code) → ['duplicate-signature']

    // … and the National Cancer Director's signature signs the plan off.
    const signedOff = signDeliveryPlan(signedOnce, { by: { roleId: 'national-cancer-director' }, at: new Date(2023, 4, 9) });
    // signedOff.status → 'signed-off'
    // signedOff.history.map((entry) => entry.kind)
    //   → ['created', 'submitted', 'signed', 'signed', 'signed-off']
    // plan.status → still 'submitted': every step returns a new, frozen record
    // docs:end

    expect(signatories.map((party) => party.title)).toEqual(['Regional Director, South West', 'National Cancer Director']);
    expect(refusal?.issues.map((issue) => issue.code)).toEqual(['wrong-region']);
    expect(signedOnce.status).toBe('submitted');
    expect(duplicate?.issues.map((issue) => issue.code)).toEqual(['duplicate-signature']);
    expect(signedOff.status).toBe('signed-off');
    expect(signedOff.history.map((entry) => entry.kind)).toEqual(['created', 'submitted', 'signed', 'signed', 'signed-off']);
    expect(plan.status).toBe('submitted');
  });

  it('is the code shown on the page, word for word', () => {
    const source = readFileSync('test/programme/docs-example.test.ts', 'utf8');
    const start = source.indexOf('// docs:start\n');
    const end = source.indexOf('    // docs:end');
    const snippet = source
      .slice(start + '// docs:start\n'.length, end)
      .split('\n')
      .map((line) => line.replace(/^ {4}/, ''))
      .join('\n')
      .trimEnd();
    const page = readFileSync('docs/programme.md', 'utf8');
    expect(snippet.length).toBeGreaterThan(500);
    expect(page).toContain(snippet);
  });
});
