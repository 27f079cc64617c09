<?php
// An Octane-style worker serves tenant dashboards; a per-request tenant context resolved from the container keeps its request in sync through the container's rebinding hook.

declare(strict_types=1);

namespace Illuminate\Container {

    use Closure;

    class Container
    {
        /** @var array<string, array{concrete: Closure, shared: bool}> */
        protected array $bindings = [];

        /** @var array<string, mixed> */
        protected array $instances = [];

        /** @var array<string, string> */
        protected array $aliases = [];

        /** @var array<string, list<Closure>> */
        protected array $reboundCallbacks = [];

        /** @var list<string> */
        protected array $scopedInstances = [];

        public function bind(string $abstract, ?Closure $concrete = null, bool $shared = false): void
        {
            unset($this->instances[$abstract]);
            $concrete ??= static fn (Container $app) => new $abstract();
            $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared];
        }

        public function singleton(string $abstract, ?Closure $concrete = null): void
        {
            $this->bind($abstract, $concrete, true);
        }

        public function scoped(string $abstract, ?Closure $concrete = null): void
        {
            $this->scopedInstances[] = $abstract;
            $this->singleton($abstract, $concrete);
        }

        public function alias(string $abstract, string $alias): void
        {
            $this->aliases[$alias] = $abstract;
        }

        public function getAlias(string $abstract): string
        {
            return isset($this->aliases[$abstract]) ? $this->getAlias($this->aliases[$abstract]) : $abstract;
        }

        public function bound(string $abstract): bool
        {
            return isset($this->bindings[$abstract]) || isset($this->instances[$abstract]) || isset($this->aliases[$abstract]);
        }

        /**
         * Register an existing instance as shared in the container.
         */
        public function instance(string $abstract, mixed $instance): mixed
        {
            $abstract = $this->getAlias($abstract);
            $isBound = $this->bound($abstract);
            $this->instances[$abstract] = $instance;

            if ($isBound) {
                $this->rebound($abstract);
            }

            return $instance;
        }

        /**
         * Bind a new callback to an abstract's rebind event.
         */
        public function rebinding(string $abstract, Closure $callback): mixed
        {
            $this->reboundCallbacks[$abstract = $this->getAlias($abstract)][] = $callback; // leak

            if ($this->bound($abstract)) {
                return $this->make($abstract);
            }

            return null;
        }

        /**
         * Fire the "rebound" callbacks for the given abstract type.
         */
        protected function rebound(string $abstract): void
        {
            $instance = $this->make($abstract);

            foreach ($this->reboundCallbacks[$abstract] ?? [] as $callback) {
                $callback($this, $instance);
            }
        }

        /**
         * @template T
         * @param class-string<T>|string $abstract
         * @return ($abstract is class-string<T> ? T : mixed)
         */
        public function make(string $abstract): mixed
        {
            $abstract = $this->getAlias($abstract);

            if (array_key_exists($abstract, $this->instances)) {
                return $this->instances[$abstract];
            }

            $binding = $this->bindings[$abstract] ?? ['concrete' => static fn (Container $app) => new $abstract(), 'shared' => false];
            $object = ($binding['concrete'])($this);

            if ($binding['shared']) {
                $this->instances[$abstract] = $object;
            }

            return $object;
        }

        public function forgetScopedInstances(): void
        {
            foreach ($this->scopedInstances as $scoped) {
                unset($this->instances[$scoped]);
            }
        }
    }
}

namespace Illuminate\Http {

    class Request
    {
        /**
         * @param array<string, string> $headers
         */
        public function __construct(
            protected string $method,
            protected string $uri,
            protected array $headers = [],
        ) {
        }

        public function getHost(): string
        {
            return $this->headers['host'] ?? 'localhost';
        }

        public function path(): string
        {
            return (string) parse_url($this->uri, PHP_URL_PATH);
        }

        public function header(string $name): ?string
        {
            return $this->headers[strtolower($name)] ?? null;
        }
    }
}

namespace App\Tenancy {

    use Illuminate\Container\Container;
    use Illuminate\Http\Request;

    class TenantRepository
    {
        /**
         * @return array{id: string, name: string, plan: string, features: list<string>, theme: array<string, string>}
         */
        public function forHost(string $host): array
        {
            $slug = strstr($host, '.', true) ?: $host;

            return [
                'id' => 'tnt_' . substr(md5($slug), 0, 12),
                'name' => ucfirst(str_replace('-', ' ', $slug)),
                'plan' => strlen($slug) % 2 ? 'business' : 'starter',
                'features' => ['sso', 'audit-log', 'exports', 'webhooks', 'custom-domain'],
                'theme' => [
                    'primary' => '#' . substr(md5($slug . 'p'), 0, 6),
                    'logo' => "https://cdn.example.test/tenants/{$slug}/logo.svg",
                    'footer' => str_repeat("{$slug} workspace. ", 14),
                ],
            ];
        }
    }

    /**
     * Everything the current request knows about the tenant it belongs to.
     */
    class TenantContext
    {
        protected Request $request;

        /** @var array<string, mixed> */
        protected array $tenant;

        public function __construct(Container $app, TenantRepository $tenants)
        {
            $this->request = $app->rebinding('request', function (Container $app, Request $request): void { // leak
                $this->request = $request;
            });

            $this->tenant = $tenants->forHost($this->request->getHost());
        }

        public function id(): string
        {
            return $this->tenant['id'];
        }

        public function hasFeature(string $feature): bool
        {
            return in_array($feature, $this->tenant['features'], true);
        }

        /**
         * @return array<string, string>
         */
        public function theme(): array
        {
            return $this->tenant['theme'];
        }

        public function locale(): string
        {
            return $this->request->header('accept-language') ?? 'en';
        }
    }
}

namespace App\Http\Controllers {

    use App\Tenancy\TenantContext;

    class DashboardController
    {
        public function __invoke(TenantContext $tenant): string
        {
            return json_encode([
                'tenant' => $tenant->id(),
                'locale' => $tenant->locale(),
                'exports' => $tenant->hasFeature('exports'),
                'primary' => $tenant->theme()['primary'],
            ], JSON_THROW_ON_ERROR);
        }
    }
}

namespace Laravel\Octane {

    use App\Http\Controllers\DashboardController;
    use App\Tenancy\TenantContext;
    use Illuminate\Container\Container;
    use Illuminate\Http\Request;

    /**
     * Handles incoming requests with the application instance that was booted once for this worker.
     */
    class Worker
    {
        protected int $requestCount = 0;

        public function __construct(protected Container $app)
        {
        }

        public function handle(Request $request): string
        {
            $this->requestCount++;
            $this->app->instance('request', $request);

            try {
                $controller = $this->app->make(DashboardController::class);

                return $controller($this->app->make(TenantContext::class));
            } finally {
                $this->app->forgetScopedInstances();
            }
        }
    }
}

namespace {

    use App\Tenancy\TenantContext;
    use App\Tenancy\TenantRepository;
    use Illuminate\Container\Container;
    use Illuminate\Http\Request;
    use Laravel\Octane\Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $app = new Container();
    $app->instance('request', new Request('GET', 'http://localhost/'));
    $app->alias('request', Request::class);
    $app->singleton(TenantRepository::class);
    $app->bind(TenantContext::class, static fn (Container $app) => new TenantContext($app, $app->make(TenantRepository::class)));

    $worker = new Worker($app);
    $tenants = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark-industries'];

    for ($i = 0; $i < $n; $i++) {
        $host = $tenants[$i % count($tenants)] . '.app.example.test';
        $worker->handle(new Request('GET', "https://{$host}/dashboard?tab=" . ($i % 4), [
            'host' => $host,
            'accept-language' => $i % 2 ? 'de' : 'en',
        ]));
    }
}
