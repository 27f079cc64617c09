<?php

declare(strict_types=1);

require __DIR__ . '/vendor/acme/octane/Application.php';
require __DIR__ . '/vendor/acme/graphql/DataLoader.php';
require __DIR__ . '/vendor/acme/graphql/Executor.php';
require __DIR__ . '/app/Models/Author.php';
require __DIR__ . '/app/GraphQL/RequestContext.php';
require __DIR__ . '/app/GraphQL/DataLoaderRegistry.php';
require __DIR__ . '/app/GraphQL/schema.php';

use Acme\GraphQL\DataLoader;
use Acme\GraphQL\Executor;
use Acme\Octane\Application;
use Acme\Octane\Worker;
use App\GraphQL\DataLoaderRegistry;
use App\GraphQL\RequestContext;

use function App\GraphQL\batchLoadAuthors;
use function App\GraphQL\postSchema;

// --- AppServiceProvider::register() ---------------------------------------
$app = new Application();
$app->singleton(DataLoaderRegistry::class, static function (): DataLoaderRegistry {
    $registry = new DataLoaderRegistry();
    $registry->register('authors', static fn () => new DataLoader(
        static fn (array $ids) => batchLoadAuthors($ids),
    ));

    return $registry;
});
$app->singleton('graphql.schema', static fn (Application $app) => new \ArrayObject(postSchema($app->make(DataLoaderRegistry::class))));

// --- GraphQLController, run by the Octane worker for each request ---------
$kernel = static function (Application $app, array $request): array {
    $registry = $app->make(DataLoaderRegistry::class);
    $context = new RequestContext($request['headers']['x-request-id'], $request['body']['operationName'] ?? null, null);
    $posts = [];
    foreach ($request['body']['variables']['postIds'] as $postId) {
        $posts[] = ['id' => $postId, 'author_id' => $postId * 3 + 1, 'reviewer_id' => $postId * 3 + 2, 'body' => 'Post body ' . $postId];
    }

    return Executor::execute(
        $app->make('graphql.schema')->getArrayCopy(),
        'Post',
        $posts,
        ['id', 'author', 'reviewer', 'excerpt'],
        $context,
        static fn (RequestContext $ctx) => $registry->dispatchAll($ctx),
    );
};

$worker = new Worker($app, $kernel);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 1; $i <= $n; $i++) {
    $worker->handle([
        'headers' => ['x-request-id' => sprintf('%08x-%04x', crc32("req$i"), $i & 0xffff)],
        'body' => [
            'operationName' => $i % 2 ? 'FeedPosts' : 'PostPage',
            'variables' => ['postIds' => [$i * 2, $i * 2 + 1]],
        ],
    ]);
}
