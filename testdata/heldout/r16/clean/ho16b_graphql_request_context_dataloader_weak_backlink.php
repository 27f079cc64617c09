<?php

declare(strict_types=1);

namespace App\GraphQL;

/**
 * Per-request resolution context. Loaders are created lazily and batch the
 * keys resolvers ask for; a loader reads tenant and viewer from its context.
 */
final class RequestContext
{
    /** @var array<string, DataLoader> */
    private array $loaders = [];

    public function __construct(
        public readonly string $tenant,
        public readonly int $viewerId,
        public readonly string $query,
        private readonly LoaderFactory $factory,
    ) {
    }

    public function loader(string $name): DataLoader
    {
        return $this->loaders[$name] ??= $this->factory->make($name, $this);
    }
}

final class DataLoader
{
    /** @var array<int, true> */
    private array $queue = [];
    /** @var array<int, array<string, mixed>> */
    private array $resolved = [];

    /** @param \Closure(string, int, list<int>): array<int, array<string, mixed>> $batch */
    public function __construct(
        private readonly string $name,
        private readonly \WeakReference $context,
        private readonly \Closure $batch,
    ) {
    }

    public function defer(int $id): void
    {
        if (!isset($this->resolved[$id])) {
            $this->queue[$id] = true;
        }
    }

    /** @return array<string, mixed>|null */
    public function get(int $id): ?array
    {
        $context = $this->context->get();
        if ($this->queue !== [] && $context instanceof RequestContext) {
            $this->resolved += ($this->batch)($context->tenant, $context->viewerId, array_keys($this->queue));
            $this->queue = [];
        }

        return $this->resolved[$id] ?? null;
    }
}

final class LoaderFactory
{
    /** @param array<string, \Closure> $batches */
    public function __construct(private readonly array $batches)
    {
    }

    public function make(string $name, RequestContext $context): DataLoader
    {
        $batch = $this->batches[$name] ?? throw new \InvalidArgumentException("Unknown loader {$name}");

        return new DataLoader($name, \WeakReference::create($context), $batch);
    }
}

final class PostResolver
{
    /** @param list<array{id: int, author: int, title: string}> $posts */
    public function resolveFeed(RequestContext $context, array $posts): array
    {
        $authors = $context->loader('user');
        $stats = $context->loader('post_stats');
        foreach ($posts as $post) {
            $authors->defer($post['author']);
            $stats->defer($post['id']);
        }

        return array_map(static fn (array $post): array => [
            'id' => $post['id'],
            'title' => $post['title'],
            'author' => $authors->get($post['author'])['name'] ?? null,
            'likes' => $stats->get($post['id'])['likes'] ?? 0,
        ], $posts);
    }
}

final class GraphQLServer
{
    public function __construct(
        private readonly LoaderFactory $loaders,
        private readonly PostResolver $posts,
    ) {
    }

    /** @param array<string, mixed> $request */
    public function execute(array $request): string
    {
        $context = new RequestContext(
            (string) $request['tenant'],
            (int) $request['viewer'],
            (string) $request['query'],
            $this->loaders,
        );

        $feed = $this->posts->resolveFeed($context, $request['posts']);

        return json_encode(['data' => ['feed' => $feed]], JSON_THROW_ON_ERROR);
    }
}

$factory = new LoaderFactory([
    'user' => static fn (string $tenant, int $viewer, array $ids): array => array_combine(
        $ids,
        array_map(static fn (int $id): array => ['id' => $id, 'name' => sprintf('%s user %d (seen by %d)', $tenant, $id, $viewer)], $ids),
    ),
    'post_stats' => static fn (string $tenant, int $viewer, array $ids): array => array_combine(
        $ids,
        array_map(static fn (int $id): array => ['likes' => $id % 17, 'comments' => $id % 5], $ids),
    ),
]);

$server = new GraphQLServer($factory, new PostResolver());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->execute([
        'tenant' => 'acme',
        'viewer' => $i,
        'query' => sprintf('query Feed { feed(first: 3, after: "cursor:%d") { id title author { name } likes } }', $i),
        'posts' => [
            ['id' => $i * 3, 'author' => 10 + $i % 4, 'title' => 'Post ' . $i],
            ['id' => $i * 3 + 1, 'author' => 11 + $i % 4, 'title' => 'Post ' . ($i + 1)],
            ['id' => $i * 3 + 2, 'author' => 12 + $i % 4, 'title' => 'Post ' . ($i + 2)],
        ],
    ]);
}
