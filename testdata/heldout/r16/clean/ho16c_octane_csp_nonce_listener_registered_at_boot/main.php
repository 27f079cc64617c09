<?php
// Modelled on fruitcake/laravel-cors#469 "Run RequestHandled on boot" (listener moved from the middleware to the provider; Octane leak report fruitcake/laravel-cors#527).

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/container/Container.php';
require __DIR__ . '/vendor/illuminate/events/Dispatcher.php';
require __DIR__ . '/vendor/illuminate/foundation/Http.php';
require __DIR__ . '/app/Security/NonceGenerator.php';
require __DIR__ . '/app/Http/Middleware/AddContentSecurityPolicy.php';
require __DIR__ . '/app/Providers/SecurityServiceProvider.php';

use App\Http\Middleware\AddContentSecurityPolicy;
use App\Providers\SecurityServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Foundation\Http\Request;
use Illuminate\Foundation\Http\Response;

$app = Container::getInstance();
$app->singleton('events', fn () => new Dispatcher());

$provider = new SecurityServiceProvider($app, require __DIR__ . '/config/csp.php');
$provider->register();
$provider->boot();

$kernel = new Kernel(
    [$app->make(AddContentSecurityPolicy::class)],
    fn (Request $request): Response => new Response('<html><script nonce="' . $request->attributes['csp_nonce'] . '"></script></html>'),
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(new Request('GET', "/articles/{$i}", [
        'accept' => 'text/html',
        'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
        'cookie' => 'session=' . hash('sha256', "s{$i}") . '; theme=dark',
    ]));
}
