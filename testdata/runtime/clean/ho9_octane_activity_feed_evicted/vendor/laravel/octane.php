<?php

namespace Illuminate\Container {
    class Container
    {
        private array $bindings = [];
        private array $instances = [];

        public function singleton(string $abstract, \Closure $factory): void
        {
            $this->bindings[$abstract] = $factory;
        }

        public function make(string $abstract): object
        {
            if (isset($this->instances[$abstract])) {
                return $this->instances[$abstract];
            }
            if (isset($this->bindings[$abstract])) {
                return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
            }
            $ctor = (new \ReflectionClass($abstract))->getConstructor();
            $args = array_map(fn (\ReflectionParameter $p) => $this->make($p->getType()->getName()), $ctor?->getParameters() ?? []);
            return new $abstract(...$args);
        }
    }
}

namespace Illuminate\Http {
    class Request
    {
        public function __construct(public string $method, public string $uri, public array $input = [], public ?int $userId = null) {}

        public function input(string $key): mixed
        {
            return $this->input[$key] ?? null;
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
            [$controller, $method] = $this->routes[$request->method . ' ' . $request->uri];
            return $this->app->make($controller)->{$method}($request);
        }
    }
}
