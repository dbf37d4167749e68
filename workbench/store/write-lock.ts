// Serialises writers in-process: each critical section runs alone, in arrival order, so a
// read-check-commit sequence (conditions, FAIL_IF_EXISTS, transactions) is linearizable.

export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(section: () => Promise<T>): Promise<T> {
    const result = this.tail.then(section, section);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
