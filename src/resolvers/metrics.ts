// Resolvers of the metric import keys: parse (the contract, in define-resolver) -> use case -> answer.
import type { Handler } from '../edge/define-resolver';
import { beginImport, commitImport, putImportPart } from '../services/metrics';

export const metricsBeginImport: Handler<'metrics/beginImport'> = (input, ctx) => beginImport(ctx, input);

export const metricsPutImportPart: Handler<'metrics/putImportPart'> = ({ importId, index, part }, ctx) => putImportPart(ctx, importId, index, part);

export const metricsCommitImport: Handler<'metrics/commitImport'> = ({ importId }, ctx) => commitImport(ctx, importId);
