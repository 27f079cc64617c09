<?php
namespace Illuminate\Container {
    class Container
    {
        protected array $singletons = [];
        protected array $instances = [];

        public function singleton(string $abstract): void
        {
            $this->singletons[$abstract] = true;
        }

        public function make(string $abstract): object
        {
            if (isset($this->instances[$abstract])) {
                return $this->instances[$abstract];
            }
            $args = [];
            foreach ((new \ReflectionClass($abstract))->getConstructor()?->getParameters() ?? [] as $p) {
                $args[] = $this->make($p->getType()->getName());
            }
            $object = new $abstract(...$args);
            if (isset($this->singletons[$abstract])) {
                $this->instances[$abstract] = $object;
            }
            return $object;
        }
    }
}

namespace Illuminate\Http {
    final class Request
    {
        public function __construct(private array $query, private ?object $user) {}

        public function query(string $key, mixed $default = null): mixed { return $this->query[$key] ?? $default; }

        public function user(): ?object { return $this->user; }
    }
}

namespace Illuminate\Support\Facades {
    final class Route
    {
        public static array $routes = [];

        public static function get(string $uri, array $action): void
        {
            self::$routes['GET ' . $uri] = $action;
        }
    }
}
