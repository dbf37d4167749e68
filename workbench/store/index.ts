// The workbench's embedded KVS: a durable, on-disk store with Forge KVS / Custom Entity Store
// semantics, answering the HTTP calls @forge/kvs makes through the runtime's __forge_fetch__.
export { openStore, JOURNAL_FILE, SNAPSHOT_FILE } from './store';
export type { KvsStore, OpenStoreOptions, StoreRecovery } from './store';
export { readEntityDefinitions } from './entity-definitions';
export type { AttributeType, EntityDefinition, EntityDefinitions, IndexDeclaration } from './entity-definitions';
export type { StoreResponse } from './errors';
export { ErrorCode } from './errors';
export { Limits } from './limits';
