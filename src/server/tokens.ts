/**
 * Tokens, scopes and prefixes of the registry server (DESIGN.md section 13): who is calling, and what
 * that caller may do. Node only (constant-time comparison with `node:crypto`).
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfigError } from '../errors.js';

/** What a token may do. `publish` and `promote` imply `read`. */
export type TokenScope = 'read' | 'publish' | 'promote';

/** Every scope, in the order messages list them. */
export const TOKEN_SCOPES: readonly TokenScope[] = ['read', 'publish', 'promote'];

/** One token the server accepts. */
export interface ServerToken {
  /** The token's name: the `actor` of the label moves it makes, and the name in 403 messages. */
  name: string;
  /** The secret a client sends as `Authorization: Bearer <token>`. Never logged or echoed. */
  token: string;
  /**
   * What the token may do.
   * @default ['read', 'publish', 'promote']
   */
  scopes?: readonly TokenScope[];
  /**
   * Name prefixes the token covers (`'support/'` covers `support/greeting`); a name is covered when it
   * starts with one of them.
   * @default undefined (every name)
   */
  prefixes?: readonly string[];
}

/** Who is calling, once authenticated (or an anonymous reader where reads are open). */
export interface Caller {
  /** The token's name, or `null` for an anonymous caller (no tokens, or `publicRead`). */
  readonly name: string | null;
  /** What the caller may do (`read` included when `publish` or `promote` is there). */
  readonly scopes: ReadonlySet<TokenScope>;
  /** Prefixes covered, or `undefined` for every name. */
  readonly prefixes: readonly string[] | undefined;
  /** True when the caller may do `scope` on prompt `name` (`name` undefined: on some name). */
  may(scope: TokenScope, name?: string): boolean;
  /** "token "support-ci" may read, publish and promote prompts under "support/"", for messages. */
  describe(): string;
}

/** Options of {@link createAccessControl}. */
export interface AccessControlOptions {
  /**
   * One all-powerful token (the `--token-env` of `promptops serve`), named `'token'`.
   * @default undefined
   */
  token?: string;
  /**
   * Named tokens with scopes and prefixes.
   * @default []
   */
  tokens?: readonly ServerToken[];
  /**
   * With tokens, let requests without a token read (writes still need one).
   * @default false
   */
  publicRead?: boolean;
}

/** Why a request was refused: 401 (no or unknown token) or 403 (the token may not do this). */
export class AccessDenied extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = 'AccessDenied';
  }
}

/** Decides who is calling and what they may do; shared by the protocol routes and the web page. */
export interface AccessControl {
  /** True when some token is configured. */
  readonly hasTokens: boolean;
  /** True when a request without a token may read. */
  readonly readsOpen: boolean;
  /**
   * The caller of a request from its `Authorization` header value.
   * @throws {AccessDenied} 401 when a token is needed and missing, or when the token is unknown.
   */
  identify(authorization: string | undefined): Caller;
  /**
   * Check that `caller` may do `scope` on `name`.
   * @throws {AccessDenied} 403 saying what the token may do.
   */
  require(caller: Caller, scope: TokenScope, name?: string): void;
}

const ALL_SCOPES: ReadonlySet<TokenScope> = new Set(TOKEN_SCOPES);

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function withImplied(scopes: readonly TokenScope[]): ReadonlySet<TokenScope> {
  const set = new Set<TokenScope>(scopes);
  if (set.has('publish') || set.has('promote')) set.add('read');
  return set;
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function makeCaller(name: string | null, scopes: ReadonlySet<TokenScope>, prefixes?: readonly string[]): Caller {
  return {
    name,
    scopes,
    prefixes,
    may(scope, prompt) {
      if (!scopes.has(scope)) return false;
      if (prefixes === undefined || prompt === undefined) return true;
      return prefixes.some((prefix) => prompt.startsWith(prefix));
    },
    describe() {
      const who = name === null ? 'an anonymous caller' : `token "${name}"`;
      const what = TOKEN_SCOPES.filter((s) => scopes.has(s));
      if (what.length === 0) return `${who} may do nothing`;
      const where =
        prefixes === undefined ? 'any prompt' : `prompts under ${listWords(prefixes.map((p) => JSON.stringify(p)))}`;
      return `${who} may ${listWords(what)} ${where}`;
    },
  };
}

/**
 * Check the tokens given to a server: names unique and non-empty, secrets non-empty and distinct,
 * known scopes, string prefixes.
 * @throws {ConfigError} naming the entry.
 */
export function checkServerTokens(tokens: readonly ServerToken[], where = 'tokens'): void {
  if (!Array.isArray(tokens)) throw new ConfigError('must be a list of tokens', { option: where });
  const names = new Set<string>();
  const secrets = new Set<string>();
  tokens.forEach((entry, i) => {
    const at = `${where}[${i}]`;
    if (typeof entry !== 'object' || entry === null) throw new ConfigError('must be an object', { option: at });
    if (typeof entry.name !== 'string' || !/^[\w.@:/-]{1,100}$/.test(entry.name)) {
      throw new ConfigError('"name" must be 1-100 letters, digits or . _ - @ : /', { option: at });
    }
    if (names.has(entry.name)) throw new ConfigError(`the name "${entry.name}" is used twice`, { option: at });
    names.add(entry.name);
    if (typeof entry.token !== 'string' || entry.token.length === 0 || /\s/.test(entry.token)) {
      throw new ConfigError(`the secret of "${entry.name}" must be a non-empty string without spaces`, { option: at });
    }
    if (secrets.has(entry.token)) {
      throw new ConfigError(`token "${entry.name}" has the same secret as another token: give each its own`, {
        option: at,
      });
    }
    secrets.add(entry.token);
    if (entry.scopes !== undefined) {
      if (!Array.isArray(entry.scopes) || entry.scopes.length === 0) {
        throw new ConfigError(`"scopes" of "${entry.name}" must be a non-empty list of read, publish, promote`, {
          option: at,
        });
      }
      for (const scope of entry.scopes) {
        if (!ALL_SCOPES.has(scope)) {
          throw new ConfigError(
            `unknown scope ${JSON.stringify(scope)} of "${entry.name}": use read, publish or promote`,
            { option: at },
          );
        }
      }
    }
    if (entry.prefixes !== undefined) {
      if (!Array.isArray(entry.prefixes) || entry.prefixes.some((p: unknown) => typeof p !== 'string' || p === '')) {
        throw new ConfigError(
          `"prefixes" of "${entry.name}" must be a list of non-empty name prefixes such as "support/"`,
          { option: at },
        );
      }
    }
  });
}

/**
 * Read a `tokens.json` document: `[{ "name", "tokenEnv", "scopes", "prefixes"? }]`, the secrets taken
 * from the environment.
 *
 * @throws {ConfigError} for a malformed entry or an unset variable (the message names the entry and
 *   the variable, never a secret).
 * @example
 * ```ts
 * const tokens = tokensFromFile(JSON.parse(text), process.env, 'tokens.json');
 * ```
 */
export function tokensFromFile(
  json: unknown,
  env: Readonly<Record<string, string | undefined>>,
  file: string,
): ServerToken[] {
  if (!Array.isArray(json) || json.length === 0) {
    throw new ConfigError(
      'must be a non-empty JSON list: [{ "name": "ci", "tokenEnv": "CI_TOKEN", "scopes": ["read", "publish"] }]',
      { file },
    );
  }
  const tokens = json.map((value: unknown, i): ServerToken => {
    const at = `[${i}]`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ConfigError(`entry ${at} must be an object { name, tokenEnv, scopes, prefixes? }`, { file });
    }
    const entry = value as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (!['name', 'tokenEnv', 'scopes', 'prefixes'].includes(key)) {
        throw new ConfigError(
          `entry ${at} has an unknown field "${key}" (known: name, tokenEnv, scopes, prefixes). Secrets go in environment variables named by "tokenEnv", never in this file.`,
          { file },
        );
      }
    }
    if (typeof entry.name !== 'string') throw new ConfigError(`entry ${at} needs a "name"`, { file });
    if (typeof entry.tokenEnv !== 'string' || entry.tokenEnv === '') {
      throw new ConfigError(`entry "${entry.name}" needs "tokenEnv", the environment variable holding its secret`, {
        file,
      });
    }
    if (!Array.isArray(entry.scopes)) {
      throw new ConfigError(`entry "${entry.name}" needs "scopes", a list of read, publish, promote`, { file });
    }
    const secret = env[entry.tokenEnv];
    if (secret === undefined || secret === '') {
      throw new ConfigError(
        `token "${entry.name}" reads its secret from ${entry.tokenEnv}, which is not set: export it before starting the server`,
        { file },
      );
    }
    return {
      name: entry.name,
      token: secret,
      scopes: entry.scopes as TokenScope[],
      ...(entry.prefixes === undefined ? {} : { prefixes: entry.prefixes as string[] }),
    };
  });
  try {
    checkServerTokens(tokens, 'tokens');
  } catch (error) {
    throw new ConfigError((error as Error).message, { file });
  }
  return tokens;
}

/**
 * Build the access control of a server. Without any token every caller may do everything (an
 * anonymous caller: the `actor` of its moves is `null`).
 */
export function createAccessControl(options: AccessControlOptions = {}): AccessControl {
  const tokens: ServerToken[] = [...(options.tokens ?? [])];
  if (options.token !== undefined) {
    if (typeof options.token !== 'string' || options.token === '') {
      throw new ConfigError('must be a non-empty string (or left out to serve without authentication)', {
        option: 'token',
      });
    }
    tokens.push({ name: 'token', token: options.token });
  }
  checkServerTokens(tokens);
  const entries = tokens.map((entry) => ({
    digest: digest(entry.token),
    caller: makeCaller(
      entry.name,
      entry.scopes === undefined ? ALL_SCOPES : withImplied(entry.scopes),
      entry.prefixes === undefined ? undefined : [...entry.prefixes],
    ),
  }));
  const hasTokens = entries.length > 0;
  const readsOpen = !hasTokens || options.publicRead === true;
  const anonymous = makeCaller(null, hasTokens ? new Set<TokenScope>(['read']) : ALL_SCOPES);

  return {
    hasTokens,
    readsOpen,

    identify(authorization) {
      if (!hasTokens) return anonymous;
      const match = typeof authorization === 'string' ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization) : null;
      if (match?.[1] === undefined) {
        if (readsOpen) return anonymous;
        throw new AccessDenied(
          401,
          'Missing bearer token: send "Authorization: Bearer <token>" with the token the server was started with.',
        );
      }
      const presented = digest(match[1]);
      let found: Caller | undefined;
      // Compare against every token (no early exit), each in constant time.
      for (const entry of entries) {
        if (timingSafeEqual(presented, entry.digest) && found === undefined) found = entry.caller;
      }
      if (found === undefined) {
        throw new AccessDenied(401, 'Invalid bearer token: send the token the server was started with.');
      }
      return found;
    },

    require(caller, scope, name) {
      if (caller.may(scope, name)) return;
      if (caller.name === null) {
        throw new AccessDenied(
          401,
          `Missing bearer token: reads are open on this server, but to ${scope}${name === undefined ? '' : ` "${name}"`} send "Authorization: Bearer <token>" with a token that has the "${scope}" scope.`,
        );
      }
      const target = name === undefined ? '' : ` "${name}"`;
      throw new AccessDenied(
        403,
        `Forbidden: ${caller.describe()}; it may not ${scope}${target}. Use a token with the "${scope}" scope${
          name === undefined ? '' : ' covering that name'
        }, or ask the registry's owner to extend this one.`,
      );
    },
  };
}
