<?php

declare(strict_types=1);

namespace App\GraphQL\Loader;

use Closure;
use SplQueue;

final class Deferred
{
    private mixed $value = null;
    private bool $resolved = false;

    /** @var list<Closure(mixed): mixed> */
    private array $then = [];

    public function __construct(
        private readonly DataLoader $loader, // leak
        public readonly int $key,
    ) {}

    public function then(Closure $callback): self
    {
        $this->then[] = $callback;

        return $this;
    }

    public function resolve(mixed $value): void
    {
        foreach ($this->then as $callback) {
            $value = $callback($value);
        }
        $this->value = $value;
        $this->resolved = true;
    }

    public function wait(): mixed
    {
        if (!$this->resolved) {
            $this->loader->dispatch();
        }

        return $this->value;
    }
}

abstract class DataLoader
{
    /** @var SplQueue<Deferred> */
    private SplQueue $queue;

    public function __construct()
    {
        $this->queue = new SplQueue();
    }

    /** @param list<int> $keys @return array<int, mixed> */
    abstract protected function batchLoad(array $keys): array;

    public function load(int $key): Deferred
    {
        $deferred = $this->promiseFor($key);
        $this->queue->enqueue($deferred); // leak

        return $deferred;
    }

    public function dispatch(): void
    {
        if ($this->queue->isEmpty()) {
            return;
        }
        $keys = [];
        foreach ($this->queue as $deferred) {
            $keys[$deferred->key] = $deferred->key;
        }
        $results = $this->batchLoad(array_values($keys));
        foreach ($this->queue as $deferred) {
            $deferred->resolve($results[$deferred->key] ?? null);
        }
    }

    protected function promiseFor(int $key): Deferred
    {
        return new Deferred($this, $key);
    }
}

final class UserLoader extends DataLoader
{
    /** @param array<int, array<string, string>> $directory */
    public function __construct(private readonly array $directory)
    {
        parent::__construct();
    }

    protected function batchLoad(array $keys): array
    {
        $rows = [];
        foreach ($keys as $key) {
            $rows[$key] = $this->directory[$key] ?? ['name' => 'ghost', 'bio' => ''];
        }

        return $rows;
    }
}

namespace App\GraphQL;

use App\GraphQL\Loader\UserLoader;

final class RequestContext
{
    public function __construct(public readonly UserLoader $users, public readonly string $viewer) {}
}

final class ContextFactory
{
    /** @param array<int, array<string, string>> $directory */
    public function __construct(private readonly array $directory) {}

    public function create(string $viewer): RequestContext
    {
        return new RequestContext(new UserLoader($this->directory), $viewer);
    }
}

final class PostResolver
{
    /** @param list<array{id: int, title: string, author_id: int}> $posts */
    public function resolveFeed(array $posts, RequestContext $context): array
    {
        $pending = [];
        foreach ($posts as $post) {
            $pending[] = [
                'id' => $post['id'],
                'title' => $post['title'],
                'author' => $context->users->load($post['author_id'])
                    ->then(static fn (array $user): array => ['name' => $user['name'], 'bio' => substr($user['bio'], 0, 80)]),
            ];
        }

        return array_map(static function (array $row): array {
            $row['author'] = $row['author']->wait();

            return $row;
        }, $pending);
    }
}

namespace App;

use App\GraphQL\ContextFactory;
use App\GraphQL\PostResolver;

$directory = [];
for ($u = 1; $u <= 20; $u++) {
    $directory[$u] = ['name' => "user$u", 'bio' => str_repeat("Writes about queues and workers ($u). ", 5)];
}
$contexts = new ContextFactory($directory);
$resolver = new PostResolver();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $context = $contexts->create("viewer-$i");
    $posts = [];
    for ($p = 0; $p < 3; $p++) {
        $posts[] = ['id' => $i * 3 + $p, 'title' => "Post $i/$p about long-running PHP", 'author_id' => ($i + $p) % 20 + 1];
    }
    $feed = $resolver->resolveFeed($posts, $context);
    unset($feed, $context);
}
