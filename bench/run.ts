// `npm run bench [-- --json]`: runs every registered case; with --json prints only a JSON array of
// {name, median_ms, baseline_ms, ratio}, otherwise a table plus growth factors between sizes of a family.

import { benchCases } from './cases';
import { measureCase, type BenchFigure } from './harness';

async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  const only = argv.filter((arg) => !arg.startsWith('--'));
  const cases = only.length === 0 ? benchCases : benchCases.filter((c) => only.includes(c.name));
  const figures: BenchFigure[] = [];
  for (const benchCase of cases) {
    figures.push(await measureCase(benchCase));
    if (!json) process.stderr.write(`measured ${benchCase.name}\n`);
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  const header = ['name', 'median ms', 'baseline ms', 'ratio'];
  const rows = figures.map((f) => [f.name, f.median_ms.toFixed(2), f.baseline_ms.toFixed(2), f.ratio.toFixed(2)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  process.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n`);
  for (const figure of figures) {
    const extra = Object.entries(figure).filter(([key]) => !['name', 'median_ms', 'baseline_ms', 'ratio'].includes(key));
    if (extra.length > 0) process.stdout.write(`${figure.name}: ${extra.map(([key, value]) => `${key} ${String(value)}`).join(', ')}\n`);
  }
  for (const growth of growthFactors(figures)) process.stdout.write(`${growth}\n`);
}

/** For names like `cpm-10k` / `cpm-100k`: how the median grows with size (cpm-100k / cpm-10k). */
function growthFactors(figures: readonly BenchFigure[]): string[] {
  const lines: string[] = [];
  for (const large of figures) {
    const match = /^(.*)-100k$/.exec(large.name);
    const small = match === null ? undefined : figures.find((f) => f.name === `${match[1] ?? ''}-10k`);
    if (small !== undefined) {
      lines.push(`growth ${large.name} / ${small.name}: ${(large.median_ms / small.median_ms).toFixed(2)}x (target < 12x)`);
    }
  }
  return lines;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
