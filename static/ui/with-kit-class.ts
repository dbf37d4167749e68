// The class list of a kit element: the kit's own classes, then the caller's, which win at equal specificity
// because a screen's stylesheet is loaded after the kit's.
export function withKitClass(kit: string, extra: string | undefined): string {
  return extra === undefined || extra === '' ? kit : `${kit} ${extra}`;
}
