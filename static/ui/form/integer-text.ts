// Reads what was typed into a whole-number editor: a whole number within bounds, or nothing (the editor then
// puts its current value back). Pure, so it is tested without a DOM.

export function parseInteger(text: string, min: number, max: number): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}
