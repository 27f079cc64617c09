<?php
// A long-running Laravel worker serves report requests; a middleware hooks the database QueryExecuted event to flag slow queries and N+1 patterns.

namespace Illuminate\Container {

    use Closure;

    class Container
    {
        protected array $bindings = [];
        protected array $instances = [];

        public function singleton(string $abstract, ?Closure $factory = null): void
        {
            $this->bindings[$abstract] = $factory ?? static fn (Container $c) => new $abstract();
        }

        public function instance(string $abstract, mixed $instance): mixed
        {
            return $this->instances[$abstract] = $instance;
        }

        public function make(string $abstract): mixed
        {
            if (isset($this->instances[$abstract])) {
                return $this->instances[$abstract];
            }
            if (isset($this->bindings[$abstract])) {
                return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
            }

            return $this->build($abstract);
        }

        protected function build(string $class): object
        {
            $constructor = (new \ReflectionClass($class))->getConstructor();
            $args = [];
            foreach ($constructor?->getParameters() ?? [] as $parameter) {
                $args[] = $this->make($parameter->getType()->getName());
            }

            return new $class(...$args);
        }
    }
}

namespace Illuminate\Support {

    use Illuminate\Container\Container;

    abstract class ServiceProvider
    {
        public function __construct(protected Container $app)
        {
        }

        public function register(): void
        {
        }
    }
}

namespace Illuminate\Events {

    use Closure;

    class Dispatcher
    {
        /** @var array<string, list<Closure|callable>> */
        protected array $listeners = [];

        public function listen(string $event, Closure|array $listener): void
        {
            $this->listeners[$event][] = $listener; // leak
        }

        public function dispatch(object $event): void
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }
        }
    }
}

namespace Illuminate\Database\Events {

    class QueryExecuted
    {
        public function __construct(
            public string $sql,
            public array $bindings,
            public float $time,
            public string $connectionName,
        ) {
        }
    }
}

namespace Illuminate\Database {

    use Illuminate\Database\Events\QueryExecuted;
    use Illuminate\Events\Dispatcher;

    class Connection
    {
        public function __construct(private Dispatcher $events, private string $name = 'mysql')
        {
        }

        public function select(string $query, array $bindings = []): array
        {
            $start = microtime(true);
            $rows = [['id' => $bindings[0] ?? 1, 'total' => 120.5]];
            $this->events->dispatch(new QueryExecuted($query, $bindings, round((microtime(true) - $start) * 1000, 2), $this->name));

            return $rows;
        }
    }
}

namespace Illuminate\Http {

    class Request
    {
        public array $attributes = [];

        public function __construct(public string $method, public string $path, public array $input = [], public array $headers = [])
        {
        }

        public function input(string $key, mixed $default = null): mixed
        {
            return $this->input[$key] ?? $default;
        }
    }

    class Response
    {
        public array $headers = [];

        public function __construct(public string $content = '', public int $status = 200)
        {
        }
    }
}

namespace App\Http\Middleware {

    use Closure;
    use Illuminate\Database\Events\QueryExecuted;
    use Illuminate\Events\Dispatcher;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    /**
     * Adds query diagnostics headers in non-production environments.
     */
    class QueryDiagnostics
    {
        private const SLOW_MS = 50.0;

        public function __construct(private Dispatcher $events)
        {
        }

        public function handle(Request $request, Closure $next): Response
        {
            $request->attributes['queries'] = [];

            $this->events->listen(QueryExecuted::class, function (QueryExecuted $query) use ($request): void { // leak
                $fingerprint = preg_replace('/\s+/', ' ', $query->sql);
                $seen = $request->attributes['queries'][$fingerprint] ?? 0;
                $request->attributes['queries'][$fingerprint] = $seen + 1;
                if ($query->time > self::SLOW_MS) {
                    $request->attributes['slow_queries'][] = $fingerprint;
                }
            });

            $response = $next($request);

            $counts = $request->attributes['queries'];
            $response->headers['X-Query-Count'] = (string) array_sum($counts);
            $response->headers['X-Repeated-Queries'] = (string) \count(array_filter($counts, static fn (int $c): bool => $c > 1));

            return $response;
        }
    }
}

namespace App\Http\Controllers {

    use Illuminate\Database\Connection;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    class InvoiceReportController
    {
        public function __construct(private Connection $db)
        {
        }

        public function __invoke(Request $request): Response
        {
            $customer = (int) $request->input('customer_id');
            $invoices = $this->db->select('select * from invoices where customer_id = ? and status = ?', [$customer, 'open']);
            foreach ($invoices as $invoice) {
                $this->db->select('select * from invoice_lines where invoice_id = ?', [$invoice['id']]);
            }

            return new Response(json_encode(['customer' => $customer, 'open' => \count($invoices)]));
        }
    }
}

namespace App\Providers {

    use Illuminate\Database\Connection;
    use Illuminate\Events\Dispatcher;
    use Illuminate\Support\ServiceProvider;

    class AppServiceProvider extends ServiceProvider
    {
        public function register(): void
        {
            $this->app->singleton(Dispatcher::class);
            $this->app->singleton(Connection::class, static fn ($app) => new Connection($app->make(Dispatcher::class), 'mysql'));
        }
    }
}

namespace {

    use App\Http\Controllers\InvoiceReportController;
    use App\Http\Middleware\QueryDiagnostics;
    use App\Providers\AppServiceProvider;
    use Illuminate\Container\Container;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    $app = new Container();
    (new AppServiceProvider($app))->register();

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $request = new Request('GET', '/reports/invoices', [
            'customer_id' => 3000 + $i,
            'from' => '2024-01-01',
            'to' => '2024-12-31',
            'columns' => ['number', 'issued_at', 'due_at', 'total', 'currency', 'status', 'customer.name', 'customer.vat_id'],
        ], ['accept' => 'application/json', 'x-request-id' => sprintf('%032x', $i)]);
        $app->instance('request', $request);

        $middleware = $app->make(QueryDiagnostics::class);
        $controller = $app->make(InvoiceReportController::class);
        $response = $middleware->handle($request, static fn (Request $r): Response => $controller($r));
    }
}
