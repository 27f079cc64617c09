<?php

namespace Illuminate\Http {
    class Request
    {
        public function __construct(public string $path, private array $query = []) {}

        public function query(string $key, mixed $default = null): mixed
        {
            return $this->query[$key] ?? $default;
        }
    }
}

namespace Illuminate\Container {
    class Container
    {
        protected array $bindings = [];
        protected array $instances = [];

        public function singleton(string $abstract, \Closure $factory): void
        {
            $this->bindings[$abstract] = $factory;
        }

        public function make(string $abstract): object
        {
            if (isset($this->bindings[$abstract])) {
                return $this->instances[$abstract] ??= ($this->bindings[$abstract])($this);
            }
            return new $abstract();
        }
    }
}

namespace Laravel\Octane {
    use Illuminate\Container\Container;
    use Illuminate\Http\Request;

    final class Worker
    {
        public function __construct(private Container $app, private array $routes) {}

        public function handle(Request $request): string
        {
            [$controller, $method] = $this->routes[$request->path];
            return $this->app->make($controller)->{$method}($request);
        }
    }
}
