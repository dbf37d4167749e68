// Stands in under jest for the catalogue module the build resolves per surface (virtual:launch-control/catalogue):
// the shared part, so tests can load page code; a surface's own strings fall back to their keys here.
import type { Catalogues } from '../../src/i18n/translator';
import enUS from '../../locales/shared/en-US.json';
import zhCN from '../../locales/shared/zh-CN.json';

const catalogues: Catalogues = { 'en-US': enUS, 'zh-CN': zhCN };
export default catalogues;
