<?php
// Stripped-down Laravel container, event dispatcher, request and Octane worker.

namespace Illuminate\Http {
    final class Request
    {
        public function __construct(public string $path, public array $query = []) {}
    }
}

namespace Illuminate\Container {
    class Container
    {
        private array $instances = [];
        public function instance(string $id, object $obj): void { $this->instances[$id] = $obj; }
        public function make(string $id): object { return $this->instances[$id] ?? new $id(); }
    }
}

namespace Laravel\Octane\Events {
    final class RequestTerminated
    {
        public function __construct(public \Illuminate\Http\Request $request, public string $response) {}
    }
}

namespace Laravel\Octane {
    use Illuminate\Container\Container;
    use Illuminate\Http\Request;
    use Laravel\Octane\Events\RequestTerminated;

    final class Worker
    {
        public function __construct(private Container $app, private array $config) {}

        public function handle(Request $request, callable $route): string
        {
            $response = $route($request);
            foreach ($this->config['listeners'][RequestTerminated::class] ?? [] as $listener) {
                $this->app->make($listener)->handle(new RequestTerminated($request, $response));
            }
            return $response;
        }
    }
}
