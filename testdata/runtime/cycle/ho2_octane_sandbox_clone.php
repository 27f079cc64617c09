<?php
// An Octane-style worker clones the booted Laravel application into a sandbox for every request, gives the sandbox to the container as the current application and hands the request to the HTTP kernel.

namespace Illuminate\Container {

    use Closure;

    class Container
    {
        protected static ?Container $instance = null;

        /** @var array<string, Closure> */
        protected array $bindings = [];

        /** @var array<string, mixed> */
        protected array $instances = [];

        public static function getInstance(): static
        {
            return static::$instance ??= new static();
        }

        public static function setInstance(?Container $container = null): ?Container
        {
            return static::$instance = $container;
        }

        public function singleton(string $abstract, Closure $factory): void
        {
            $this->bindings[$abstract] = $factory;
        }

        public function instance(string $abstract, mixed $instance): mixed
        {
            $this->instances[$abstract] = $instance; // leak

            return $instance;
        }

        public function make(string $abstract): mixed
        {
            if (\array_key_exists($abstract, $this->instances)) {
                return $this->instances[$abstract];
            }

            return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }

        public function forgetInstance(string $abstract): void
        {
            unset($this->instances[$abstract]);
        }

        public function flush(): void
        {
            $this->bindings = [];
            $this->instances = [];
        }
    }
}

namespace Illuminate\Foundation {

    use Illuminate\Container\Container;

    class Application extends Container
    {
        public function __construct(private string $basePath)
        {
            static::setInstance($this);
            $this->instance('app', $this);
            $this->instance(Container::class, $this);
        }

        public function basePath(): string
        {
            return $this->basePath;
        }
    }
}

namespace Illuminate\Http {

    class Request
    {
        public function __construct(public string $method, public string $uri, public array $query = [], public array $headers = [])
        {
        }
    }

    class Response
    {
        public function __construct(public string $content, public int $status = 200, public array $headers = [])
        {
        }
    }
}

namespace App\Http {

    use Illuminate\Container\Container;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    final class Kernel
    {
        public function handle(Request $request): Response
        {
            $app = Container::getInstance();
            $app->instance('request', $request);

            $search = $app->make('search');
            $results = $search->query($request->query['q'] ?? '', (int) ($request->query['page'] ?? 1));

            return new Response(json_encode($results), 200, ['Content-Type' => 'application/json']);
        }
    }

    final class ProductSearch
    {
        public function __construct(private string $index)
        {
        }

        public function query(string $terms, int $page): array
        {
            $hits = [];
            foreach (explode(' ', $terms) as $k => $term) {
                $hits[] = ['id' => crc32($term . $page) % 100000, 'score' => round(1 / ($k + 1), 3), 'index' => $this->index];
            }

            return ['page' => $page, 'hits' => $hits];
        }
    }
}

namespace Laravel\Octane {

    use App\Http\Kernel;
    use Illuminate\Container\Container;
    use Illuminate\Foundation\Application;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    final class Worker
    {
        public function __construct(private Application $app)
        {
        }

        public function handle(Request $request): Response
        {
            $sandbox = clone $this->app;
            $sandbox->instance('app', $sandbox); // leak
            $sandbox->instance(Container::class, $sandbox); // leak
            Container::setInstance($sandbox);

            try {
                return $sandbox->make(Kernel::class)->handle($request);
            } finally {
                Container::setInstance($this->app);
            }
        }
    }
}

namespace {

    use App\Http\Kernel;
    use App\Http\ProductSearch;
    use Illuminate\Foundation\Application;
    use Illuminate\Http\Request;
    use Laravel\Octane\Worker;

    $app = new Application('/srv/shop');
    $app->singleton(Kernel::class, static fn () => new Kernel());
    $app->singleton('search', static fn () => new ProductSearch('products_v7'));
    $app->make(Kernel::class);

    $worker = new Worker($app);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $worker->handle(new Request('GET', '/search', [
            'q' => 'waterproof hiking boots size ' . (36 + $i % 12) . ' vibram sole leather',
            'page' => 1 + $i % 5,
            'filters' => ['brand' => ['salomon', 'meindl', 'lowa'], 'price_max' => 250, 'in_stock' => true],
        ], ['accept' => 'application/json', 'user-agent' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15', 'x-request-id' => md5((string) $i)]));
    }
}
