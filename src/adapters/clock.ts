// Today's date for planning, in the user's time zone (a planner in Singapore starts the day before UTC does).
// `LC_TODAY` pins it: the workbench and its tests use the demo's date.
export function today(timeZone: string | undefined): string {
  const pinned = process.env.LC_TODAY;
  if (pinned !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}
