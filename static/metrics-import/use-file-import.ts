// One file's import as React state: pick -> parse in the worker (progress) -> the report -> upload in parts
// (progress) -> committed. A new pick cancels a parse still running.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../src/contract';
import type { ImportRecordWire } from '../../src/contract/metrics';
import type { ImportOutcome, MetricFormat } from '../../src/domain/metrics';
import { parseInWorker } from './parse-in-worker';
import { uploadImport, type ImportTarget, type ParsedFile } from './upload-import';

export type FileImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'parsing'; readonly fileName: string; readonly rows: number; readonly fraction: number }
  | { readonly step: 'unreadable'; readonly fileName: string; readonly outcome: Extract<ImportOutcome<MetricFormat>, { ok: false }> | undefined; readonly message?: string }
  | { readonly step: 'parsed'; readonly file: ParsedFile; readonly extraColumns: readonly string[] }
  | { readonly step: 'uploading'; readonly file: ParsedFile; readonly extraColumns: readonly string[]; readonly sent: number; readonly total: number }
  | { readonly step: 'refused'; readonly file: ParsedFile; readonly extraColumns: readonly string[]; readonly error: AppError }
  | { readonly step: 'imported'; readonly file: ParsedFile; readonly extraColumns: readonly string[]; readonly record: ImportRecordWire; readonly sameFileAs: ImportRecordWire | null };

export function useFileImport(format: MetricFormat, target: ImportTarget, onImported: ((record: ImportRecordWire) => void) | undefined) {
  const [state, setState] = useState<FileImportState>({ step: 'idle' });
  const cancel = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => { cancel.current?.(); }, []);

  const pick = useCallback((file: File) => {
    cancel.current?.();
    setState({ step: 'parsing', fileName: file.name, rows: 0, fraction: 0 });
    const job = parseInWorker(format, file, (rows, bytes) => {
      setState({ step: 'parsing', fileName: file.name, rows, fraction: file.size === 0 ? 1 : Math.min(1, bytes / file.size) });
    });
    let live = true;
    cancel.current = () => { live = false; job.cancel(); };
    job.outcome.then((outcome) => {
      if (!live) return;
      if (!outcome.ok) { setState({ step: 'unreadable', fileName: file.name, outcome }); return; }
      setState({
        step: 'parsed', extraColumns: outcome.extraColumns,
        file: { format, fileName: file.name, contentHash: outcome.contentHash, counts: outcome.counts, aggregate: outcome.aggregate },
      });
    }, (error: unknown) => {
      if (live) setState({ step: 'unreadable', fileName: file.name, outcome: undefined, message: error instanceof Error ? error.message : String(error) });
    });
  }, [format]);

  const upload = useCallback(async () => {
    if (state.step !== 'parsed' && state.step !== 'refused') return;
    const { file, extraColumns } = state;
    setState({ step: 'uploading', file, extraColumns, sent: 0, total: 0 });
    const answer = await uploadImport(target, file, (sent, total) => { setState({ step: 'uploading', file, extraColumns, sent, total }); });
    if (!answer.ok) { setState({ step: 'refused', file, extraColumns, error: answer.error }); return; }
    setState({ step: 'imported', file, extraColumns, record: answer.record, sameFileAs: answer.sameFileAs });
    onImported?.(answer.record);
  }, [state, target, onImported]);

  return { state, pick, upload };
}
