<?php

declare(strict_types=1);

require __DIR__ . '/vendor/lite/framework.php';
require __DIR__ . '/src/Auth/User.php';
require __DIR__ . '/src/Auth/TokenGuard.php';
require __DIR__ . '/src/Http/Authenticate.php';
require __DIR__ . '/src/Http/ThreadController.php';

use App\Auth\ApiTokenUserProvider;
use App\Auth\GuardFactory;
use App\Auth\UserProvider;
use App\Http\Authenticate;
use App\Http\ThreadController;
use Lite\Foundation\Application;
use Lite\Http\Request;
use Lite\Octane\Worker;

$app = new Application();
$app->singleton(UserProvider::class, fn () => new ApiTokenUserProvider());
$app->singleton(GuardFactory::class, fn (Application $app) => new GuardFactory($app->make(UserProvider::class)));
$app->singleton(Authenticate::class, fn (Application $app) => new Authenticate($app->make(GuardFactory::class)));
$app->singleton(ThreadController::class, fn () => new ThreadController());
$app->router()->get('/api/threads/{thread}', [ThreadController::class, 'show']);

$worker = new Worker($app, [Authenticate::class]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $token = sprintf('tok_%d_%s', $i, md5((string) $i));
    $worker->handle(new Request('GET', '/api/threads/' . (500 + $i % 40), [], ['Authorization' => "Bearer {$token}"]));
}
