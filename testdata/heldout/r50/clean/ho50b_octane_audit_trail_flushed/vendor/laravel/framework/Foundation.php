<?php

namespace Illuminate\Support;

use Illuminate\Foundation\Application;

abstract class ServiceProvider
{
    public function __construct(protected Application $app)
    {
    }

    public function register(): void
    {
    }

    public function boot(): void
    {
    }
}

namespace Illuminate\Config;

final class Repository implements \ArrayAccess
{
    public function __construct(private array $items = [])
    {
    }

    public function get(string $key, mixed $default = null): mixed
    {
        $value = $this->items;
        foreach (explode('.', $key) as $segment) {
            if (!is_array($value) || !array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }

        return $value;
    }

    public function offsetExists(mixed $key): bool
    {
        return $this->get($key) !== null;
    }

    public function offsetGet(mixed $key): mixed
    {
        return $this->get($key);
    }

    public function offsetSet(mixed $key, mixed $value): void
    {
        $this->items[$key] = $value;
    }

    public function offsetUnset(mixed $key): void
    {
        unset($this->items[$key]);
    }
}

namespace Illuminate\Log;

final class LogManager
{
    public function info(string $message, array $context = []): void
    {
        // formatted and handed to the stderr handler
        $line = '[' . date('c') . '] production.INFO: ' . $message . ' ' . json_encode($context);
        unset($line);
    }
}

namespace Illuminate\Http;

class Request
{
    public array $attributes = [];

    public function __construct(
        public string $method,
        public string $path,
        public array $query = [],
        public array $headers = [],
        public array $server = [],
    ) {
    }

    public function route(string $param): ?string
    {
        return preg_match('~/orders/(\d+)~', $this->path, $m) && $param === 'order' ? $m[1] : null;
    }

    public function ip(): string
    {
        return $this->server['REMOTE_ADDR'] ?? '127.0.0.1';
    }

    public function userAgent(): string
    {
        return $this->headers['user-agent'] ?? '';
    }
}

class Response
{
    public function __construct(public string $content = '', public int $status = 200, public array $headers = [])
    {
    }
}

class JsonResponse extends Response
{
    public function __construct(array $data, int $status = 200)
    {
        parent::__construct(json_encode($data), $status, ['Content-Type' => 'application/json']);
    }
}

namespace Illuminate\Foundation;

use Illuminate\Config\Repository;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Log\LogManager;
use Illuminate\Support\ServiceProvider;

class Application extends Container
{
    /** @var list<ServiceProvider> */
    private array $providers = [];
    private bool $booted = false;

    public function __construct(private string $basePath)
    {
        static::setInstance($this);
    }

    public function basePath(string $path = ''): string
    {
        return $this->basePath . ($path !== '' ? '/' . $path : '');
    }

    public function bootstrapWith(array $config, array $providers): void
    {
        $this->instance('config', new Repository($config));
        $this->singleton('log', static fn () => new LogManager());
        foreach ($providers as $class) {
            $provider = new $class($this);
            $provider->register();
            $this->providers[] = $provider;
        }
    }

    public function boot(): void
    {
        if ($this->booted) {
            return;
        }
        foreach ($this->providers as $provider) {
            $provider->boot();
        }
        $this->booted = true;
    }
}

/** The HTTP kernel: global middleware, then the router's single action. */
class Kernel
{
    /** @param list<class-string> $middleware */
    public function __construct(protected Application $app, protected array $middleware, protected \Closure $router)
    {
    }

    public function handle(Request $request): Response
    {
        $next = fn (Request $request) => ($this->router)($this->app, $request);
        foreach (array_reverse($this->middleware) as $class) {
            $next = fn (Request $request) => $this->app->make($class)->handle($request, $next);
        }

        return $next($request);
    }

    public function terminate(Request $request, Response $response): void
    {
        foreach ($this->middleware as $class) {
            $middleware = $this->app->make($class);
            if (method_exists($middleware, 'terminate')) {
                $middleware->terminate($request, $response);
            }
        }
    }
}
