// An HTTP answer the workbench server gives on purpose (bad input, nothing served there), with its status.
export class HttpError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}
