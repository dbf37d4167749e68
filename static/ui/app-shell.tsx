// The frame every surface renders in: reads the Forge context once, turns on Atlassian theming,
// and hands the page its translator and context.
import { view } from '@forge/bridge';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createTranslator, pickLanguage, type Language, type Translate } from './i18n';
import './styles.css';

export interface ForgeContext {
  readonly accountId?: string;
  readonly locale?: string;
  readonly moduleKey?: string;
  readonly extension?: Readonly<Record<string, unknown>>;
}

export interface Shell {
  readonly context: ForgeContext;
  readonly language: Language;
  readonly t: Translate;
}

const ShellContext = createContext<Shell | undefined>(undefined);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (shell === undefined) throw new Error('useShell outside <AppShell>');
  return shell;
}

function AppShell({ children }: { readonly children: ReactNode }) {
  const [shell, setShell] = useState<Shell | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  useEffect(() => {
    void view.theme.enable().catch(() => undefined);
    view.getContext().then(
      (context: ForgeContext) => {
        const language = pickLanguage(context.locale);
        document.documentElement.lang = language;
        setShell({ context, language, t: createTranslator(language) });
      },
      (error: unknown) => { setFailure(error instanceof Error ? error.message : String(error)); },
    );
  }, []);
  if (failure !== undefined) {
    const t = createTranslator(pickLanguage(navigator.language));
    return <p role="alert" className="lc-error">{t('errors.bridge', { message: failure })}</p>;
  }
  if (shell === undefined) return <p className="lc-muted">…</p>;
  return <ShellContext.Provider value={shell}>{children}</ShellContext.Provider>;
}

/** Mounts a surface into `#root` inside the shell. */
export function mountSurface(page: ReactNode): void {
  const root = document.getElementById('root');
  if (root === null) throw new Error('#root missing from index.html');
  createRoot(root).render(<AppShell>{page}</AppShell>);
}
