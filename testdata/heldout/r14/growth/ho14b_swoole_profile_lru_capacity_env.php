<?php

declare(strict_types=1);

/*
 * Swoole HTTP server for a social app's profile API. Profiles are cached in
 * worker memory behind an LRU so hot profiles skip the database; the cache
 * size comes from the deployment's environment.
 */

final class LruCache implements \IteratorAggregate, \Countable
{
    /** @var array<string, mixed> most recently used last */
    private array $items = [];
    private int $hits = 0;
    private int $misses = 0;

    /** @param int $capacity 0 disables the limit */
    public function __construct(private readonly int $capacity)
    {
    }

    public function remember(string $key, \Closure $compute): mixed
    {
        if (array_key_exists($key, $this->items)) {
            $this->hits++;
            $value = $this->items[$key];
            unset($this->items[$key]);
            $this->items[$key] = $value;

            return $value;
        }

        $this->misses++;
        $this->items[$key] = $value = $compute(); // leak

        if ($this->capacity > 0) {
            while (count($this->items) > $this->capacity) {
                unset($this->items[array_key_first($this->items)]);
            }
        }

        return $value;
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }

    public function count(): int
    {
        return count($this->items);
    }
}

final class Profile
{
    public function __construct(
        public readonly int $id,
        public readonly string $handle,
        public readonly string $displayName,
        public readonly string $bio,
        public readonly string $avatarUrl,
        public readonly array $links,
    ) {
    }
}

final class ProfileRepository
{
    public function find(int $id): Profile
    {
        // SELECT ... FROM profiles WHERE id = ?
        return new Profile(
            $id,
            'user_' . $id,
            'User Number ' . $id,
            str_repeat('Coffee, climbing and distributed systems. ', 6) . $id,
            sprintf('https://cdn.example.social/avatars/%d/%s.webp', $id, md5((string) $id)),
            ['https://github.com/user' . $id, 'https://user' . $id . '.example.dev'],
        );
    }
}

final class ProfileController
{
    public function __construct(
        private readonly ProfileRepository $profiles,
        private readonly LruCache $cache,
    ) {
    }

    public function show(int $id): array
    {
        $profile = $this->cache->remember('profile:' . $id, fn () => $this->profiles->find($id));

        return [200, json_encode([
            'id' => $profile->id,
            'handle' => $profile->handle,
            'name' => $profile->displayName,
            'avatar' => $profile->avatarUrl,
        ])];
    }
}

$cache = new LruCache((int) getenv('PROFILE_CACHE_SIZE'));
$controller = new ProfileController(new ProfileRepository(), $cache);

// $server->on('request', ...) — each request views another member's profile.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $viewed = $i % 5 === 0 ? 1 + $i % 10 : 100_000 + $i;
    [$status, $body] = $controller->show($viewed);
}
