<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/vendor/laravel/octane.php';
require __DIR__ . '/src/Auth/User.php';
require __DIR__ . '/src/Auth/TokenGuard.php';
require __DIR__ . '/src/Auth/AuthManager.php';
require __DIR__ . '/src/Http/Middleware/Authenticate.php';
require __DIR__ . '/src/Http/Controllers/ProfileController.php';
require __DIR__ . '/src/Providers/AuthServiceProvider.php';

use App\Http\Controllers\ProfileController;
use App\Http\Middleware\Authenticate;
use App\Providers\AuthServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Laravel\Octane\Client;
use Laravel\Octane\Worker;

final class SwooleClient implements Client
{
    private int $served = 0;

    public function __construct(private readonly int $requests)
    {
    }

    public function marshalRequest(): ?Request
    {
        if ($this->served >= $this->requests) {
            return null;
        }
        $i = $this->served++;

        return new Request('GET', 'api/me', [], [
            'accept' => 'application/json',
            'authorization' => 'Bearer ' . (100 + $i % 300) . '|' . sha1('token-' . ($i % 300)),
            'x-request-id' => sprintf('%08x-%04x', $i, $i % 65536),
        ]);
    }

    public function respond(Response $response): void
    {
    }
}

$app = new Container();
$events = $app->instance('events', new Dispatcher());
$provider = new AuthServiceProvider($app);
$provider->register();
$provider->boot();

$kernel = new Kernel($app, [Authenticate::class], static fn (Request $request): Response => $app->make(ProfileController::class)->show($request));

(new Worker($app, $kernel, $events))->run(new SwooleClient((int) (getenv('PHPLEAK_N') ?: 100)));
