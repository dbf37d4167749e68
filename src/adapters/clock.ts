// Today's date for planning. `LC_TODAY` pins it (the workbench and tests use the demo's date); otherwise UTC today.
export function today(): string {
  const pinned = process.env.LC_TODAY;
  if (pinned !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}
