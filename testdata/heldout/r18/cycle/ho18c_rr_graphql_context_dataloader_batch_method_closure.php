<?php

declare(strict_types=1);

namespace App\GraphQL;

final class Deferred
{
    private bool $settled = false;
    private mixed $value = null;

    public function __construct(private readonly \Closure $executor) {}

    public function wait(): mixed
    {
        if (!$this->settled) {
            $this->value = ($this->executor)();
            $this->settled = true;
        }

        return $this->value;
    }
}

final class DataLoader
{
    /** @var array<int|string, mixed> */
    private array $cache = [];

    /** @var list<int|string> */
    private array $queue = [];

    public function __construct(
        private readonly \Closure $batchFn, // leak
    ) {}

    public function load(int|string $key): Deferred
    {
        if (!\array_key_exists($key, $this->cache)) {
            $this->queue[] = $key;
        }

        return new Deferred(fn (): mixed => $this->resolve($key));
    }

    private function resolve(int|string $key): mixed
    {
        if ($this->queue !== []) {
            $this->dispatch();
        }

        return $this->cache[$key] ?? null;
    }

    private function dispatch(): void
    {
        $keys = array_values(array_unique($this->queue));
        $this->queue = [];
        foreach (($this->batchFn)($keys) as $key => $value) {
            $this->cache[$key] = $value;
        }
    }
}

final class AuthorRepository
{
    /** @param list<int> $ids */
    public function findByIds(array $ids): array
    {
        $rows = [];
        foreach ($ids as $id) {
            $rows[$id] = ['id' => $id, 'name' => 'Author ' . $id, 'private' => $id % 7 === 0];
        }

        return $rows;
    }
}

final class PostRepository
{
    public function feed(int $page): array
    {
        $posts = [];
        for ($i = 0; $i < 6; $i++) {
            $posts[] = ['id' => $page * 10 + $i, 'title' => "Post {$page}/{$i}", 'author_id' => ($page + $i) % 9 + 1];
        }

        return $posts;
    }
}

final class RequestContext
{
    public readonly DataLoader $authors;

    public function __construct(
        private readonly AuthorRepository $authorRepository,
        public readonly string $viewerId,
    ) {
        $this->authors = new DataLoader($this->authorBatch()); // leak
    }

    private function authorBatch(): \Closure
    {
        return $this->loadAuthors(...); // leak
    }

    /** @param list<int> $ids */
    private function loadAuthors(array $ids): array
    {
        $visible = [];
        foreach ($this->authorRepository->findByIds($ids) as $id => $row) {
            $visible[$id] = $row['private'] && $this->viewerId !== (string) $id ? null : $row;
        }

        return $visible;
    }
}

final class FeedResolver
{
    public function __construct(private readonly PostRepository $posts) {}

    public function __invoke(array $args, RequestContext $context): array
    {
        $pending = [];
        foreach ($this->posts->feed((int) ($args['page'] ?? 1)) as $post) {
            $pending[] = [$post, $context->authors->load($post['author_id'])];
        }

        $result = [];
        foreach ($pending as [$post, $author]) {
            $row = $author->wait();
            $result[] = ['id' => $post['id'], 'title' => $post['title'], 'author' => $row['name'] ?? null];
        }

        return $result;
    }
}

final class ContextFactory
{
    public function __construct(private readonly AuthorRepository $authors) {}

    public function fromHeaders(array $headers): RequestContext
    {
        return new RequestContext($this->authors, (string) ($headers['x-viewer-id'] ?? 'anonymous'));
    }
}

final class GraphQLHandler
{
    public function __construct(
        private readonly ContextFactory $contexts,
        private readonly FeedResolver $feed,
    ) {}

    public function handle(array $request): string
    {
        $context = $this->contexts->fromHeaders($request['headers']);
        $data = ($this->feed)($request['variables'], $context);

        return json_encode(['data' => ['feed' => $data]], JSON_THROW_ON_ERROR);
    }
}

final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private readonly int $max) {}

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->max) {
            return null;
        }
        $i = $this->served++;

        return ['headers' => ['x-viewer-id' => (string) ($i % 13)], 'variables' => ['page' => $i % 50 + 1]];
    }

    public function respond(string $body): void {}
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new GraphQLHandler(new ContextFactory(new AuthorRepository()), new FeedResolver(new PostRepository()));
$worker = new PSR7Worker($n);
while (($request = $worker->waitRequest()) !== null) {
    $worker->respond($handler->handle($request));
}
