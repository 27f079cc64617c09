<?php
// Cache stores are kept in a global registry keyed by config('cache.default'), one literal config key; the session id only prefixes the item keys written through the store.

$CONFIG = [
    'cache.default' => 'redis',
    'cache.prefix' => 'cms_cache',
    'cache.stores.redis' => ['host' => 'redis.internal', 'port' => 6379, 'serializer' => 'igbinary'],
];
$CACHE_STORES = [];

function config(string $key): mixed
{
    return $GLOBALS['CONFIG'][$key] ?? null;
}

final class RedisStore
{
    public array $items = [];
    public string $banner;

    public function __construct(public array $settings, public string $prefix)
    {
        $this->banner = "redis {$settings['host']}:{$settings['port']} prefix={$prefix} " . str_repeat('#', 400);
    }

    public function remember(string $key, \Closure $compute): mixed
    {
        return $compute($this->prefix . ':' . $key);
    }
}

function cache_store(): RedisStore
{
    global $CACHE_STORES;
    $driver = config('cache.default');
    return $CACHE_STORES[$driver] ??= new RedisStore(config("cache.stores.{$driver}"), config('cache.prefix'));
}

function render_sidebar(string $sessionId, int $page): string
{
    return cache_store()->remember("sess:{$sessionId}:sidebar:{$page}", static fn (string $k): string => "<aside data-key=\"{$k}\"></aside>");
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    render_sidebar(bin2hex(random_bytes(20)), $i);
}
