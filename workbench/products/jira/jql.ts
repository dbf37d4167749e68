// A parser for the JQL subset the app uses: clauses joined by AND / OR / NOT with parentheses, the operators
// = != IN, NOT IN, IS [NOT] EMPTY, < <= > >=, and ORDER BY. Errors carry Jira's wording and position.

export type JqlValue =
  | { readonly kind: 'text'; readonly text: string; readonly quoted: boolean }
  | { readonly kind: 'empty' }
  | { readonly kind: 'function'; readonly name: string };

export type JqlOperator = '=' | '!=' | 'in' | 'not in' | 'is' | 'is not' | '<' | '<=' | '>' | '>=';

export interface JqlClause {
  readonly kind: 'clause';
  readonly field: string;
  readonly operator: JqlOperator;
  readonly values: readonly JqlValue[];
  /** 1-based character position of the field name, for error messages. */
  readonly position: number;
}

export type JqlExpression =
  | JqlClause
  | { readonly kind: 'and' | 'or'; readonly operands: readonly JqlExpression[] }
  | { readonly kind: 'not'; readonly operand: JqlExpression };

export interface JqlSort {
  readonly field: string;
  readonly direction: 'asc' | 'desc' | undefined;
  readonly position: number;
}

export interface JqlQuery {
  readonly where: JqlExpression | undefined;
  readonly orderBy: readonly JqlSort[];
}

export type JqlParseResult = { readonly ok: true; readonly query: JqlQuery } | { readonly ok: false; readonly message: string };

type Token =
  | { readonly type: 'word'; readonly text: string; readonly position: number }
  | { readonly type: 'string'; readonly text: string; readonly position: number }
  | { readonly type: 'op'; readonly text: string; readonly position: number }
  | { readonly type: 'punct'; readonly text: '(' | ')' | ','; readonly position: number }
  | { readonly type: 'eof'; readonly text: ''; readonly position: number };

class JqlSyntaxError extends Error {}

function fail(message: string, position: number): never {
  throw new JqlSyntaxError(`Error in the JQL Query: ${message} (line 1, character ${String(position)})`);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    const position = i + 1;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(' || c === ')' || c === ',') { tokens.push({ type: 'punct', text: c, position }); i++; continue; }
    if (c === '"' || c === "'") {
      let text = '';
      i++;
      while (i < source.length && source.charAt(i) !== c) {
        if (source.charAt(i) === '\\' && i + 1 < source.length) i++;
        text += source.charAt(i);
        i++;
      }
      if (i >= source.length) fail(`The quoted string '${text}' has not been completed.`, position);
      i++;
      tokens.push({ type: 'string', text, position });
      continue;
    }
    const op = /^(!=|<=|>=|!~|=|<|>|~)/.exec(source.slice(i));
    if (op) { tokens.push({ type: 'op', text: op[0], position }); i += op[0].length; continue; }
    const word = /^[^\s()",'=!<>~]+/.exec(source.slice(i));
    if (word) { tokens.push({ type: 'word', text: word[0], position }); i += word[0].length; continue; }
    fail(`The character '${c}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}' instead.`, position);
  }
  tokens.push({ type: 'eof', text: '', position: source.length + 1 });
  return tokens;
}

const isWord = (t: Token, ...words: string[]): boolean => t.type === 'word' && words.includes(t.text.toLowerCase());

class Parser {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return t;
  }

  parse(): JqlQuery {
    const where = this.peek().type === 'eof' || (isWord(this.peek(), 'order') && isWord(this.peek(1), 'by')) ? undefined : this.parseOr();
    const orderBy: JqlSort[] = [];
    if (isWord(this.peek(), 'order')) {
      this.next();
      if (!isWord(this.peek(), 'by')) fail(`Expecting 'by' but got '${this.peek().text}'.`, this.peek().position);
      this.next();
      for (;;) {
        const field = this.next();
        if (field.type !== 'word' && field.type !== 'string') fail(`Expecting a field name but got '${field.text || 'EOF'}'.`, field.position);
        const dir = isWord(this.peek(), 'asc', 'desc') ? (this.next().text.toLowerCase() as 'asc' | 'desc') : undefined;
        orderBy.push({ field: field.text, direction: dir, position: field.position });
        const comma = this.peek();
        if (comma.type !== 'punct' || comma.text !== ',') break;
        this.next();
      }
    }
    const rest = this.peek();
    if (rest.type !== 'eof') fail(`Expecting either 'OR' or 'AND' but got '${rest.text}'.`, rest.position);
    return { where, orderBy };
  }

  private parseOr(): JqlExpression {
    const operands = [this.parseAnd()];
    while (isWord(this.peek(), 'or')) { this.next(); operands.push(this.parseAnd()); }
    return operands.length === 1 ? operands[0] as JqlExpression : { kind: 'or', operands };
  }

  private parseAnd(): JqlExpression {
    const operands = [this.parseNot()];
    while (isWord(this.peek(), 'and')) { this.next(); operands.push(this.parseNot()); }
    return operands.length === 1 ? operands[0] as JqlExpression : { kind: 'and', operands };
  }

  private parseNot(): JqlExpression {
    const t = this.peek();
    if (isWord(t, 'not')) { this.next(); return { kind: 'not', operand: this.parseNot() }; }
    if (t.type === 'punct' && t.text === '(') {
      this.next();
      const inner = this.parseOr();
      const close = this.next();
      if (close.type !== 'punct' || close.text !== ')') fail(`Expecting ')' but got '${close.text || 'EOF'}'.`, close.position);
      return inner;
    }
    return this.parseClause();
  }

  private parseClause(): JqlClause {
    const field = this.next();
    if (field.type !== 'word' && field.type !== 'string') fail(`Expecting a field name but got '${field.text || 'EOF'}'.`, field.position);
    const operator = this.parseOperator();
    const values = operator === 'in' || operator === 'not in' ? this.parseList() : [this.parseValue()];
    return { kind: 'clause', field: field.text, operator, values, position: field.position };
  }

  private parseOperator(): JqlOperator {
    const t = this.next();
    if (t.type === 'op') {
      if (t.text === '~' || t.text === '!~') fail(`the workbench Jira emulator does not support the text-search operator '${t.text}'`, t.position);
      return t.text as JqlOperator;
    }
    if (isWord(t, 'in')) return 'in';
    if (isWord(t, 'is')) {
      if (isWord(this.peek(), 'not')) { this.next(); return 'is not'; }
      return 'is';
    }
    if (isWord(t, 'not') && isWord(this.peek(), 'in')) { this.next(); return 'not in'; }
    if (isWord(t, 'was', 'changed')) fail(`the workbench Jira emulator does not support history operators ('${t.text.toUpperCase()}')`, t.position);
    return fail(`Expecting operator but got '${t.text || 'EOF'}'. Valid operators are '=', '!=', '<', '>', '<=', '>=', 'in', 'not in', 'is' and 'is not'.`, t.position);
  }

  private parseList(): JqlValue[] {
    const open = this.next();
    if (open.type !== 'punct' || open.text !== '(') {
      const after = this.peek();
      if (open.type === 'word' && after.type === 'punct' && after.text === '(') fail(`the workbench Jira emulator does not support the function '${open.text}()'`, open.position);
      fail(`Expecting '(' but got '${open.text || 'EOF'}'.`, open.position);
    }
    const values: JqlValue[] = [];
    for (;;) {
      values.push(this.parseValue());
      const t = this.next();
      if (t.type === 'punct' && t.text === ')') return values;
      if (t.type !== 'punct' || t.text !== ',') fail(`Expecting ',' or ')' but got '${t.text || 'EOF'}'.`, t.position);
    }
  }

  private parseValue(): JqlValue {
    const t = this.next();
    if (t.type === 'string') return { kind: 'text', text: t.text, quoted: true };
    if (t.type !== 'word') fail(`Expecting either a value, list or function but got '${t.text || 'EOF'}'. You must surround '${t.text}' in quotes to use it as a value.`, t.position);
    if (isWord(t, 'empty', 'null')) return { kind: 'empty' };
    const after = this.peek();
    if (after.type === 'punct' && after.text === '(') {
      this.next();
      const close = this.next();
      if (close.type !== 'punct' || close.text !== ')') fail(`the workbench Jira emulator does not support function arguments (in '${t.text}(')`, close.position);
      return { kind: 'function', name: t.text };
    }
    return { kind: 'text', text: t.text, quoted: false };
  }
}

export function parseJql(source: string): JqlParseResult {
  try {
    return { ok: true, query: new Parser(tokenize(source)).parse() };
  } catch (error) {
    if (error instanceof JqlSyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}
