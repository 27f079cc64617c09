<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Kernel;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Facade;

final class Octane
{
    /** Services Octane resolves once, at worker boot, on the base application. */
    public static function defaultServicesToWarm(): array
    {
        return ['auth', 'cache', 'config', 'cookie', 'db', 'encrypter', 'files', 'hash', 'log', 'router', 'routes', 'session', 'translator', 'url', 'view'];
    }
}

final class RequestContext
{
    public function __construct(public array $data = [])
    {
    }
}

final class CurrentApplication
{
    public static function set(Application $app): void
    {
        Container::setInstance($app);
        Facade::clearResolvedInstances();
        Facade::setFacadeApplication($app);
    }
}

final class ApplicationFactory
{
    public function __construct(private string $basePath)
    {
    }

    public function createApplication(array $initialInstances = []): Application
    {
        $app = require $this->basePath . '/bootstrap/app.php';
        foreach ($initialInstances as $key => $value) {
            $app->instance($key, $value);
        }
        $app->boot();

        return $this->warm($app, $app->make('config')->get('octane.warm', []));
    }

    /** @param list<string> $services */
    public function warm(Application $app, array $services = []): Application
    {
        foreach ($services as $service) {
            if ($app->bound($service) || class_exists($service)) {
                $app->make($service);
            }
        }

        return $app;
    }
}

/** Stand-in for the RoadRunner/Swoole client: hands out PHPLEAK_N requests. */
final class SequenceClient
{
    private int $served = 0;

    public function __construct(private int $limit)
    {
    }

    /** @return array{0: Request, 1: RequestContext}|null */
    public function marshalRequest(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = ++$this->served;
        $request = new Request(
            'GET',
            '/orders/' . (100000 + $i),
            ['include' => 'lines,customer'],
            [
                'user-agent' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15 #' . $i,
                'accept' => 'application/json',
            ],
            ['REMOTE_ADDR' => '192.168.' . ($i % 250) . '.' . ($i % 199), 'REQUEST_TIME_FLOAT' => microtime(true)],
        );

        return [$request, new RequestContext(['fd' => $i])];
    }

    public function respond(RequestContext $context, Response $response): void
    {
    }
}

final class Worker
{
    private ?Application $app = null;

    public function __construct(private ApplicationFactory $appFactory, private SequenceClient $client)
    {
    }

    public function boot(array $initialInstances = []): void
    {
        $this->app = $this->appFactory->createApplication($initialInstances);
    }

    public function handle(Request $request, RequestContext $context): void
    {
        // Every request runs on a clone of the booted application, so what a
        // request resolves is thrown away with the sandbox afterwards.
        CurrentApplication::set($sandbox = clone $this->app);
        $sandbox->instance('request', $request);

        $kernel = $sandbox->make(Kernel::class);
        $response = $kernel->handle($request);
        $this->client->respond($context, $response);
        $kernel->terminate($request, $response);

        foreach ($sandbox->make('config')->get('octane.flush', []) as $service) {
            $sandbox->forgetInstance($service);
        }
        $sandbox->forgetScopedInstances();
        CurrentApplication::set($this->app);
    }
}
