<?php
declare(strict_types=1);

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;
use Laravel\Octane\Events\WorkerStarting;

/**
 * Stand-in for the Octane worker: the application is booted once, then every
 * request from the client (here: a generated swipe stream) goes through the
 * same container. WorkerStopping is only dispatched when the worker is
 * recycled (max_requests / deploy), which this run never reaches.
 */
final class Worker
{
    public function __construct(private Container $app, private \Closure $router)
    {
    }

    public function run(int $requests): void
    {
        $events = $this->app->make(Dispatcher::class);
        $events->dispatch(new WorkerStarting($this->app));

        for ($i = 0; $i < $requests; $i++) {
            $request = [
                'method' => 'POST',
                'uri' => '/api/v2/swipes',
                'user_id' => 310000 + $i,
                'headers' => ['x-app-version' => $i % 3 ? '8.12.0' : '8.11.4', 'x-session' => bin2hex(random_bytes(8)), 'user-agent' => sprintf('Sparkd/8.12.0 (iPhone15,%d; iOS 17.%d; build %d) Alamofire/5.8', $i % 5, $i % 6, 81200 + $i)],
                'json' => [
                    'target_id' => 900000 + ($i * 37) % 50000,
                    'direction' => ['like', 'pass', 'superlike'][$i % 3],
                    'position' => $i % 15,
                    'geohash' => substr(md5((string) $i), 0, 7),
                ],
            ];
            $events->dispatch(new RequestReceived($this->app, $request));
            $response = ($this->router)($request);
            $events->dispatch(new RequestTerminated($this->app, $request, $response));
        }
    }
}
