/**
 * ## What it does
 * Finds redis `set(key, value)` calls that give the key no expiry (no `ex`, `px`, `exat`, `pxat`
 * or `keepttl`), on a client the file creates with redis/aioredis or on a receiver named like
 * one (`redis`, `redis_client`, `self.redis`, `rds`).
 *
 * ## Why is this bad?
 * A cache entry without a time to live is never refreshed: it serves stale data until someone
 * deletes it, and the keys pile up until redis runs out of memory and starts evicting (or
 * refusing writes). The guide caches with `setex(key, expire, value)`.
 *
 * Not reported: Django's cache framework (`cache.set(key, value)` has a default timeout), a
 * third positional argument (that is `ex`), `**kwargs`, tests.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { dottedNamesIn, methodCallAnchor } from '../semantic/text-tests.js';
import { hasKeywordSplat } from '../semantic/perf-database.js';

const meta: Rule = {
  id: 'PBP107',
  name: 'cache-without-expiry',
  tool: 'patterns',
  section: 'performance',
  level: 'note',
  precision: 'high',
  summary: 'A redis key is set without an expiry.',
  docs: {
    what: 'Finds redis set(key, value) calls without ex/px/exat/pxat/keepttl, on a redis client (created in the file with redis/aioredis, or named like one).',
    why: 'A cache entry with no time to live serves stale data until someone deletes it, and the keys accumulate until redis runs out of memory and starts evicting or refusing writes.',
    example: 'redis_client.set(f"product:{product_id}", json.dumps(data))',
    useInstead:
      'redis_client.setex(f"product:{product_id}", 3600, json.dumps(data))\n# or: redis_client.set(key, value, ex=3600)',
  },
};

const EXPIRY = ['ex', 'px', 'exat', 'pxat', 'keepttl'];
/** Client constructors and factories: `redis.Redis(…)`, `redis.asyncio.from_url(…)`, `aioredis.from_url(…)`. */
const REDIS_FACTORY =
  /^(redis|aioredis|coredis|valkey)(\.asyncio|\.client|\.cluster|\.sentinel)?\.(Redis|StrictRedis|RedisCluster|Valkey|from_url|Redis\.from_url|StrictRedis\.from_url|create_redis_pool|create_redis|Sentinel\.\(\)\.master_for)$/;
/** `redis`, `redis_client`, `self.redis`, `cache_redis`, `rds`: names that say redis. */
const REDIS_NAME = /redis|^_*rds$/i;

export const cacheWithoutExpiry: PythonRule = {
  kind: 'python',
  meta,
  // `client.set(…)`.
  anchors: { call: methodCallAnchor(['set']) },
  create({ file, report }) {
    if (file.isTest || !dottedNamesIn(file).has('set') || !/redis|\brds\b/i.test(file.text))
      return {};
    return {
      call(node) {
        if (file.calleeTail(node) !== 'set') return;
        const callee = node.childForFieldName('function');
        const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
        if (!receiver || !isRedisClient(file, receiver, 0)) return;
        if (file.positionalArguments(node).length !== 2 || hasKeywordSplat(node)) return;
        if (EXPIRY.some((name) => file.keywordArgument(node, name))) return;
        report({
          at: node,
          message: `${receiver.text.replace(/\s+/g, '')}.set() stores this key with no expiry, so it is never refreshed and never freed; use setex(key, seconds, value) or set(..., ex=seconds).`,
        });
      },
    };
  },
};

/** A redis client: made by a redis factory (through a name assigned once, or `.pipeline()`), or named so. */
function isRedisClient(file: PythonFile, receiver: Node, depth: number): boolean {
  if (depth > 4) return false;
  if (receiver.type === 'identifier') {
    const value = file.resolveValue(receiver);
    if (value && value.id !== receiver.id) return isRedisClient(file, value, depth + 1);
    return REDIS_NAME.test(receiver.text) && !file.imports().has(receiver.text);
  }
  if (receiver.type === 'attribute') {
    const name = receiver.childForFieldName('attribute')?.text ?? '';
    return REDIS_NAME.test(name);
  }
  if (receiver.type === 'await')
    return receiver.namedChildren[0]
      ? isRedisClient(file, receiver.namedChildren[0], depth + 1)
      : false;
  if (receiver.type === 'call') {
    const qualified = file.callName(receiver) ?? '';
    // `redis.Redis(…)`, or a factory named for redis: `get_redis_connection()` (django-redis).
    if (REDIS_FACTORY.test(qualified) || REDIS_NAME.test(file.calleeTail(receiver) ?? ''))
      return true;
    // `redis_client.pipeline()`, `pool.client()`
    const callee = receiver.childForFieldName('function');
    if (
      callee?.type === 'attribute' &&
      ['pipeline', 'client'].includes(callee.childForFieldName('attribute')?.text ?? '')
    ) {
      const object = callee.childForFieldName('object');
      return object ? isRedisClient(file, object, depth + 1) : false;
    }
  }
  return false;
}
