<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/vendor/laravel/octane.php';
require __DIR__ . '/src/Support/QueryTimings.php';
require __DIR__ . '/src/Http/Middleware/AddServerTiming.php';
require __DIR__ . '/src/Http/Controllers/RevenueReportController.php';
require __DIR__ . '/src/Providers/AppServiceProvider.php';

use App\Http\Controllers\RevenueReportController;
use App\Http\Middleware\AddServerTiming;
use App\Providers\AppServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Laravel\Octane\Client;
use Laravel\Octane\Worker;

final class RoadRunnerClient implements Client
{
    private int $i = 0;

    public function __construct(private readonly int $requests)
    {
    }

    public function marshalRequest(): ?Request
    {
        if ($this->i >= $this->requests) {
            return null;
        }
        $i = $this->i++;

        return new Request('GET', 'reports/revenue', ['account' => (string) (1000 + $i % 250), 'from' => '2024-0' . (1 + $i % 9) . '-01'], [
            'accept' => 'application/json',
            'authorization' => 'Bearer ' . sha1('account-' . ($i % 250)),
        ]);
    }

    public function respond(Response $response): void
    {
    }
}

$app = new Container();
$events = $app->instance('events', new Dispatcher());
$provider = new AppServiceProvider($app);
$provider->register();
$provider->boot();

$kernel = new Kernel($app, [AddServerTiming::class], static fn (Request $request): Response => $app->make(RevenueReportController::class)($request));

(new Worker($app, $kernel, $events))->run(new RoadRunnerClient((int) (getenv('PHPLEAK_N') ?: 100)));
