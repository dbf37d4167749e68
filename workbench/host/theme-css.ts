// The Atlassian design-token stylesheets the real host provides when a page calls `view.theme.enable()`.
import { createRequire } from 'node:module';

const load = createRequire(__filename);
const themes = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography'];

export const themeCss: string = themes
  .map((name) => (load(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}`) as { default: string }).default)
  .join('\n');
