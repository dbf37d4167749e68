import { normaliseInit } from '../../../workbench/runtime/request-init';

describe('normaliseInit', () => {
  it.each<[string, RequestInit | undefined, ReturnType<typeof normaliseInit>]>([
    ['no init', undefined, { method: 'GET', headers: {}, body: undefined }],
    ['a Headers object', { headers: new Headers({ 'X-A': '1' }), method: 'put' }, { method: 'PUT', headers: { 'x-a': '1' }, body: undefined }],
    ['header tuples and bytes', { headers: [['Accept', 'text/plain']], body: new TextEncoder().encode('hi') }, { method: 'GET', headers: { accept: 'text/plain' }, body: 'hi' }],
    ['form params', { body: new URLSearchParams({ a: 'b c' }) }, { method: 'GET', headers: {}, body: 'a=b+c' }],
  ])('normalises %s', (_name, init, expected) => {
    expect(normaliseInit(init)).toEqual(expected);
  });

  it('refuses a streaming body', () => {
    expect(() => normaliseInit({ body: new Blob(['x']) })).toThrow(TypeError);
  });
});
