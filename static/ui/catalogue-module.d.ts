// The module each surface's build resolves to its own catalogue (scripts/build-static.mjs): the shared part merged
// with the surface's part, in both languages.
declare module 'virtual:launch-control/catalogue' {
  const catalogues: import('../../src/i18n/translator').Catalogues;
  export default catalogues;
}
