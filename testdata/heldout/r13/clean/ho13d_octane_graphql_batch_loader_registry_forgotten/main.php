<?php

declare(strict_types=1);

require __DIR__ . '/src/Octane/Runtime.php';
require __DIR__ . '/src/Domain/Repositories.php';
require __DIR__ . '/src/GraphQL/BatchLoaderRegistry.php';
require __DIR__ . '/src/GraphQL/UserBatchLoader.php';
require __DIR__ . '/src/GraphQL/GraphQLController.php';

use App\Domain\PostRepository;
use App\Domain\UserRepository;
use App\GraphQL\GraphQLController;
use App\Octane\Application;
use App\Octane\Request;
use App\Octane\Worker;

$app = new Application();
$app->singleton(PostRepository::class, fn () => new PostRepository());
$app->singleton(UserRepository::class, fn () => new UserRepository());
$app->singleton(GraphQLController::class, fn (Application $app) => new GraphQLController(
    $app->make(PostRepository::class),
    $app->make(UserRepository::class),
));

$worker = new Worker($app);

$requests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $requests; $i++) {
    $request = new Request('POST', '/graphql', [
        'query' => 'query Posts($page: Int!) { posts(page: $page) { id title author { name email } } }',
        'variables' => ['page' => $i],
    ]);
    $response = $worker->handle($request);
    unset($request, $response);
}
