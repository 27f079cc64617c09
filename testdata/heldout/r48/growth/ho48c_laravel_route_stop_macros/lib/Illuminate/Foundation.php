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

namespace Illuminate\Foundation;

use Illuminate\Container\Container;

class Application extends Container
{
    /** @var list<\Illuminate\Support\ServiceProvider> */
    protected array $serviceProviders = [];

    protected bool $booted = false;

    public function __construct(public readonly string $basePath)
    {
        static::setInstance($this);
        $this->instance(self::class, $this);
        $this->instance(Container::class, $this);
    }

    public function register(string $provider): void
    {
        $instance = new $provider($this);
        $instance->register();
        $this->serviceProviders[] = $instance;
    }

    public function boot(): void
    {
        if ($this->booted) {
            return;
        }
        foreach ($this->serviceProviders as $provider) {
            $provider->boot();
        }
        $this->booted = true;
    }

    public function configPath(string $file): string
    {
        return $this->basePath.'/config/'.$file;
    }
}

namespace Illuminate\Http;

class Request
{
    public function __construct(
        public string $method,
        public string $path,
        public array $input = [],
        public array $server = [],
    ) {
    }

    public static function create(string $path, string $method = 'GET', array $input = [], array $server = []): static
    {
        return new static($method, $path, $input, $server);
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->input[$key] ?? $default;
    }

    public function ip(): string
    {
        return $this->server['REMOTE_ADDR'] ?? '127.0.0.1';
    }
}

class Response
{
    public function __construct(public string $content = '', public int $status = 200)
    {
    }
}

class JsonResponse extends Response
{
    public function __construct(array $data, int $status = 200)
    {
        parent::__construct(json_encode($data), $status);
    }
}
