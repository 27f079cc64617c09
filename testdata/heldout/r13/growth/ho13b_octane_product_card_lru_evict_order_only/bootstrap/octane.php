<?php

declare(strict_types=1);

namespace Illuminate\Container {

    /** Tiny stand-in for Laravel's container: singletons and bindings. */
    class Container
    {
        /** @var array<string, \Closure> */
        private array $bindings = [];
        /** @var array<string, object> */
        private array $instances = [];
        /** @var array<string, bool> */
        private array $shared = [];

        public function singleton(string $abstract, \Closure $factory): void
        {
            $this->bindings[$abstract] = $factory;
            $this->shared[$abstract] = true;
        }

        public function bind(string $abstract, \Closure $factory): void
        {
            $this->bindings[$abstract] = $factory;
        }

        public function make(string $abstract): object
        {
            if (isset($this->instances[$abstract])) {
                return $this->instances[$abstract];
            }
            $object = ($this->bindings[$abstract])($this);
            if (isset($this->shared[$abstract])) {
                $this->instances[$abstract] = $object;
            }

            return $object;
        }
    }
}

namespace Illuminate\Http {

    class Request
    {
        public function __construct(
            public readonly string $path,
            private array $route = [],
            private array $headers = [],
        ) {
        }

        public function route(string $key): mixed
        {
            return $this->route[$key] ?? null;
        }

        public function header(string $key, ?string $default = null): ?string
        {
            return $this->headers[strtolower($key)] ?? $default;
        }
    }

    class Response
    {
        public function __construct(public readonly string $content, public readonly int $status = 200)
        {
        }
    }
}

namespace Laravel\Octane {

    use Illuminate\Container\Container;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    /**
     * Stand-in for Octane's worker: the application is booted once and
     * every request goes through the same container.
     */
    final class Worker
    {
        /** @param \Closure(Container, Request): Response $kernel */
        public function __construct(private Container $app, private \Closure $kernel)
        {
        }

        public function handle(Request $request): Response
        {
            return ($this->kernel)($this->app, $request);
        }
    }
}
