<?php

namespace Illuminate\Container {
    final class Container
    {
        private array $instances = [];

        public function instance(string $abstract, object $instance): void
        {
            $this->instances[$abstract] = $instance;
        }

        public function make(string $class): object
        {
            $ctor = new \ReflectionMethod($class, '__construct');
            $args = [];
            foreach ($ctor->getParameters() as $param) {
                $args[] = $this->instances[$param->getType()->getName()];
            }

            return new $class(...$args);
        }
    }
}

namespace Illuminate\Routing {
    use Illuminate\Container\Container;

    final class Router
    {
        private array $routes = [];

        public function __construct(private Container $app)
        {
        }

        public function get(string $uri, array $action): void
        {
            $this->routes['GET ' . $uri] = $action;
        }

        public function dispatch(string $method, string $uri, array $query): mixed
        {
            [$class, $name] = $this->routes[$method . ' ' . $uri];

            return $this->app->make($class)->$name($query);
        }
    }
}
