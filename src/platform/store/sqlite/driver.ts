import { createRequire } from 'node:module';

/**
 * The few SQLite calls the store makes, so it runs on either driver:
 * Node's built-in `node:sqlite` (Node 22.13 and newer, nothing to compile) or, on Node 20, the
 * optional `better-sqlite3` package. Each is loaded only when a SQLite store is opened.
 */
export type SqlValue = string | number | bigint | null;

export interface SqliteStatement {
  run(...params: SqlValue[]): { changes: number | bigint };
  get(...params: SqlValue[]): unknown;
  all(...params: SqlValue[]): unknown[];
}

export type SqliteDriverName = 'node:sqlite' | 'better-sqlite3';

export interface SqliteConnection {
  readonly driver: SqliteDriverName;
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  close(): void;
}

export interface OpenOptions {
  readonly readOnly?: boolean;
}

export function openSqliteConnection(path: string, options: OpenOptions = {}): SqliteConnection {
  const builtIn = process.getBuiltinModule('node:sqlite');
  if (builtIn) return openBuiltIn(builtIn, path, options);
  return openBetterSqlite(path, options);
}

/** Which driver `openSqliteConnection` picks on this runtime. */
export function sqliteDriverName(): SqliteDriverName {
  return process.getBuiltinModule('node:sqlite') ? 'node:sqlite' : 'better-sqlite3';
}

function openBuiltIn(sqlite: typeof import('node:sqlite'), path: string, options: OpenOptions): SqliteConnection {
  const db = new sqlite.DatabaseSync(path, { readOnly: options.readOnly ?? false });
  return {
    driver: 'node:sqlite',
    exec: (sql) => db.exec(sql),
    prepare: (sql) => db.prepare(sql),
    close: () => db.close(),
  };
}

function openBetterSqlite(path: string, options: OpenOptions): SqliteConnection {
  let Database: typeof import('better-sqlite3');
  try {
    // require, not import: the store opens synchronously, and the package is optional.
    Database = createRequire(__filename)('better-sqlite3') as typeof import('better-sqlite3');
  } catch (error) {
    throw new Error(
      `SQLite needs Node.js 22.13 or newer (node:sqlite), or the optional package better-sqlite3 on Node.js 20 (${describe(error)})`,
    );
  }
  const db = new Database(path, { readonly: options.readOnly ?? false, fileMustExist: options.readOnly ?? false });
  return {
    driver: 'better-sqlite3',
    exec: (sql) => void db.exec(sql),
    prepare: (sql) => {
      const statement = db.prepare<SqlValue[], unknown>(sql);
      return {
        run: (...params) => statement.run(...params),
        get: (...params) => statement.get(...params),
        all: (...params) => statement.all(...params),
      };
    },
    close: () => void db.close(),
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error);
}
