<?php
// Cache stores are kept in a global registry keyed by config('cache.prefix') joined with the session id, so every visitor's session adds a store to the worker's registry.

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

function cache_store(string $sessionId): RedisStore
{
    global $CACHE_STORES;
    $driver = config('cache.default');
    $prefix = config('cache.prefix') . ':sess:' . $sessionId;
    return $CACHE_STORES[$prefix] ??= new RedisStore(config("cache.stores.{$driver}"), $prefix); // leak
}

function render_sidebar(string $sessionId, int $page): string
{
    return cache_store($sessionId)->remember("sidebar:{$page}", static fn (string $k): string => "<aside data-key=\"{$k}\"></aside>");
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    render_sidebar(bin2hex(random_bytes(20)), $i);
}
