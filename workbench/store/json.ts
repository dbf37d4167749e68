// JSON value types shared by the store: what a KVS value or an entity attribute can hold once it has
// crossed the HTTP boundary (it arrived as JSON text, so nothing else can be in it).

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { readonly [key: string]: JsonValue };

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nesting depth: a scalar is 0, `{}` or `[]` is 1, `{ a: {} }` is 2. */
export function jsonDepth(value: JsonValue): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children: readonly JsonValue[] = Array.isArray(value) ? value : Object.values(value);
  let deepest = 0;
  for (const child of children) deepest = Math.max(deepest, jsonDepth(child));
  return 1 + deepest;
}
