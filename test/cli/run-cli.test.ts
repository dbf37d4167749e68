import { runCli, type CliIo } from '../../src/cli/run-cli';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(argv: readonly string[], files: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: (path) => {
      const text = files[path];
      return text === undefined ? Promise.reject(new Error(`ENOENT: no such file '${path}'`)) : Promise.resolve(text);
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

// Mon-Fri from Tue 2026-12-01 (index 7 = Thu 12-10, the deadline: Fref 8). 101(3) -> 102(2) -> 103 (milestone);
// 104(1) SS+1 after 101 on the side.
const plan = {
  calendar: { start: '2026-12-01', workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], holidays: ['2026-12-25'] },
  deadline: '2026-12-10',
  tasks: [
    { id: 'PERP-101', name: 'Matching engine', duration: 3 },
    { id: 'PERP-102', name: 'Risk limits', duration: 2 },
    { id: 'PERP-103', name: 'Launch', duration: 0 },
    { id: 'PERP-104', name: 'Docs', duration: 1 },
  ],
  links: [
    { from: 'PERP-101', to: 'PERP-102' },
    { from: 'PERP-102', to: 'PERP-103', type: 'FS', lag: 0 },
    { from: 'PERP-101', to: 'PERP-104', type: 'SS', lag: 1 },
  ],
};

describe('launch-control schedule --json', () => {
  it('prints the finish, tasks, critical path and no cycles', async () => {
    const result = await run(['schedule', 'plan.json', '--json'], { 'plan.json': JSON.stringify(plan) });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      finish: { day: 5, date: '2026-12-07' },
      tasks: [
        { id: 'PERP-101', es: 0, ef: 3, ls: 3, lf: 6, totalFloat: 3, freeFloat: 0, critical: true, start: '2026-12-01', finish: '2026-12-03' },
        { id: 'PERP-102', es: 3, ef: 5, ls: 6, lf: 8, totalFloat: 3, freeFloat: 0, critical: true, start: '2026-12-04', finish: '2026-12-07' },
        { id: 'PERP-103', es: 5, ef: 5, ls: 8, lf: 8, totalFloat: 3, freeFloat: 0, critical: true, start: '2026-12-08', finish: '2026-12-08' },
        { id: 'PERP-104', es: 1, ef: 2, ls: 7, lf: 8, totalFloat: 6, freeFloat: 3, critical: false, start: '2026-12-02', finish: '2026-12-02' },
      ],
      criticalPath: ['PERP-101', 'PERP-102', 'PERP-103'],
      cycles: [],
    });
  });
});

describe('launch-control schedule (table)', () => {
  it('prints an aligned table, the finish, the forecast and the critical path', async () => {
    const result = await run(['schedule', 'plan.json'], { 'plan.json': JSON.stringify(plan) });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^\s+id\s+name\s+start\s+finish\s+ES\s+EF\s+LS\s+LF\s+TF\s+FF$/);
    expect(lines[1]).toMatch(/^\* {2}PERP-101\s+Matching engine\s+2026-12-01\s+2026-12-03\s+0\s+3\s+3\s+6\s+3\s+0$/);
    expect(lines[4]).toMatch(/^ {3}PERP-104\s+Docs\s+2026-12-02\s+2026-12-02\s+1\s+2\s+7\s+8\s+6\s+3$/);
    // Columns line up: every row is as long as the header.
    expect(new Set(lines.slice(0, 5).map((l) => l.length)).size).toBe(1);
    expect(result.stdout).toContain('Finish:        2026-12-07 (working day 5)');
    expect(result.stdout).toContain('Forecast:      holds with 3 days of float (deadline 2026-12-10)');
    expect(result.stdout).toContain('Critical path: PERP-101 -> PERP-102 -> PERP-103');
  });

  it('says by how much a deadline slips', async () => {
    const result = await run(['schedule', 'p.json'], { 'p.json': JSON.stringify({ ...plan, deadline: '2026-12-03' }) });
    expect(result.stdout).toContain('Forecast:      slips by 2 working days (deadline 2026-12-03)');
  });
});

describe('calendar defaults', () => {
  it('works Monday to Friday without holidays when the calendar names only its start', async () => {
    const bare = { ...plan, calendar: { start: '2026-12-01' } };
    const [withDefaults, explicit] = await Promise.all([
      run(['schedule', 'plan.json', '--json'], { 'plan.json': JSON.stringify(bare) }),
      run(['schedule', 'plan.json', '--json'], { 'plan.json': JSON.stringify({ ...plan, calendar: { start: '2026-12-01', workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], holidays: [] } }) }),
    ]);
    expect(withDefaults.code).toBe(0);
    expect(withDefaults.stdout).toBe(explicit.stdout);
  });
});

describe('errors', () => {
  it('names the field of a schema problem and exits 1', async () => {
    const bad = { ...plan, tasks: [...plan.tasks, { id: 'PERP-105', duration: 1.5 }] };
    const result = await run(['schedule', 'plan.json'], { 'plan.json': JSON.stringify(bad) });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('tasks[4].duration: expected a whole number >= 0');
  });

  it('names the field of a domain problem the same way', async () => {
    const bad = { ...plan, links: [...plan.links, { from: 'PERP-101', to: 'PERP-999' }] };
    const result = await run(['schedule', 'plan.json', '--json'], { 'plan.json': JSON.stringify(bad) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('links[3].to: no task with id "PERP-999"');
  });

  it.each([
    [{ ...plan, calendar: { ...plan.calendar, workdays: [] } }, 'calendar.workdays: expected at least one working weekday'],
    [{ ...plan, calendar: { ...plan.calendar, workdays: ['Mon', 'Funday'] } }, 'calendar.workdays[1]: expected one of Mon'],
    [{ ...plan, links: [{ from: 'PERP-101', to: 'PERP-102', type: 'XY' }] }, 'links[0].type: expected one of FS, SS, FF, SF'],
    [{ ...plan, deadline: '29/01/2027' }, 'deadline: expected a date YYYY-MM-DD'],
    [{ ...plan, deadline: '2027-02-30' }, 'deadline: expected a date YYYY-MM-DD'],
    [{ ...plan, tasks: [{ id: 'A', duration: 1 }, { id: 'A', duration: 1 }], links: [] }, 'tasks[1].id: duplicate task id "A"'],
    [{ calendar: plan.calendar }, 'tasks: expected a list of tasks'],
  ])('rejects %j', async (bad, message) => {
    const result = await run(['schedule', 'plan.json'], { 'plan.json': JSON.stringify(bad) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it('exits 1 on an unreadable file or bad JSON', async () => {
    const missing = await run(['schedule', 'nope.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read nope.json');
    const garbled = await run(['schedule', 'x.json'], { 'x.json': '{"calendar":' });
    expect(garbled.code).toBe(1);
    expect(garbled.stderr).toContain('x.json is not valid JSON');
  });

  it('exits 1 on bad usage', async () => {
    expect((await run([])).code).toBe(1);
    expect((await run(['plan'])).stderr).toContain('unknown command "plan"');
    expect((await run(['schedule'])).code).toBe(1);
    expect((await run(['schedule', 'a.json', '--yaml'])).stderr).toContain('unknown option "--yaml"');
  });

  it('prints help and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: launch-control schedule <plan.json> [--json]');
  });
});

describe('loops', () => {
  const loop = {
    ...plan,
    links: [...plan.links, { from: 'PERP-103', to: 'PERP-101' }],
  };

  it('exits 2 and prints the loops as JSON with --json', async () => {
    const result = await run(['schedule', 'plan.json', '--json'], { 'plan.json': JSON.stringify(loop) });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({ cycles: [['PERP-101', 'PERP-102', 'PERP-103']] });
  });

  it('exits 2 and names the loop without --json', async () => {
    const result = await run(['schedule', 'plan.json'], { 'plan.json': JSON.stringify(loop) });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('PERP-101 -> PERP-102 -> PERP-103 -> PERP-101');
  });
});
