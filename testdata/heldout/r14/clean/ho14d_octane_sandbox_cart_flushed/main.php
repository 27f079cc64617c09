<?php
// Laravel Octane: models the fix that flushes the cloned sandbox application after each request (after the fix: Worker::handle() calls $sandbox->flush()).

require __DIR__ . '/vendor/laravel/framework/Container.php';
require __DIR__ . '/vendor/laravel/framework/Application.php';
require __DIR__ . '/vendor/laravel/framework/Http.php';
require __DIR__ . '/vendor/laravel/octane/Worker.php';
require __DIR__ . '/src/Services/CartService.php';
require __DIR__ . '/src/Http/Controllers/CartController.php';
require __DIR__ . '/src/Http/Kernel.php';
require __DIR__ . '/src/Providers/AppServiceProvider.php';

use App\Http\Kernel;
use App\Providers\AppServiceProvider;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = new Application(__DIR__);
$app->register(AppServiceProvider::class);
$app->boot();
$app->make('config');

$worker = new Worker($app, Kernel::class);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/cart?ref=' . $i, ['ref' => (string) $i], [
        'cart_token' => bin2hex(random_bytes(16)),
        'laravel_session' => base64_encode(random_bytes(48)),
    ], ['accept' => 'application/json', 'x-request-id' => uniqid('req', true)]);

    $response = $worker->handle($request);
    unset($request, $response);
}
