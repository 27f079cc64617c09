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

namespace Illuminate\Pipeline {
    class Pipeline
    {
        protected mixed $passable = null;
        protected array $pipes = [];

        public function send(mixed $passable): static
        {
            $this->passable = $passable;
            return $this;
        }

        public function through(array $pipes): static
        {
            $this->pipes = $pipes;
            return $this;
        }

        public function then(\Closure $destination): mixed
        {
            $stack = array_reduce(
                array_reverse($this->pipes),
                static fn (\Closure $next, callable $pipe) => static fn (mixed $passable) => $pipe($passable, $next),
                $destination,
            );
            return $stack($this->passable);
        }
    }
}

namespace Laravel\Octane {
    use Illuminate\Http\Request;

    final class Worker
    {
        public function __construct(private array $routes) {}

        public function handle(Request $request): string
        {
            return ($this->routes[$request->path])($request);
        }
    }
}
