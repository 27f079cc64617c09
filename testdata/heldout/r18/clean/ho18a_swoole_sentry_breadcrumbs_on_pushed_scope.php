<?php

declare(strict_types=1);

namespace Sentry\Lite {

    final class Breadcrumb
    {
        public readonly float $timestamp;

        public function __construct(
            public readonly string $level,
            public readonly string $category,
            public readonly string $message,
            public readonly array $data = [],
        ) {
            $this->timestamp = microtime(true);
        }
    }

    final class Scope
    {
        /** @var list<Breadcrumb> */
        private array $breadcrumbs = [];
        /** @var array<string, string> */
        private array $tags = [];
        private ?array $user = null;

        public function addBreadcrumb(Breadcrumb $breadcrumb): void
        {
            $this->breadcrumbs[] = $breadcrumb;
        }

        public function setTag(string $key, string $value): void
        {
            $this->tags[$key] = $value;
        }

        public function setUser(?array $user): void
        {
            $this->user = $user;
        }

        /** @return array{breadcrumbs: list<Breadcrumb>, tags: array<string, string>, user: ?array} */
        public function applyToEvent(): array
        {
            $payload = ['breadcrumbs' => $this->breadcrumbs, 'tags' => $this->tags, 'user' => $this->user];
            $this->breadcrumbs = [];

            return $payload;
        }
    }

    final class Hub
    {
        /** @var non-empty-list<Scope> */
        private array $stack;

        public function __construct()
        {
            $this->stack = [new Scope()];
        }

        public function pushScope(): Scope
        {
            $scope = clone $this->getScope();
            $this->stack[] = $scope;

            return $scope;
        }

        public function popScope(): bool
        {
            if (count($this->stack) === 1) {
                return false;
            }

            return array_pop($this->stack) !== null;
        }

        public function getScope(): Scope
        {
            return $this->stack[array_key_last($this->stack)];
        }

        public function configureScope(callable $callback): void
        {
            $callback($this->getScope());
        }

        public function addBreadcrumb(Breadcrumb $breadcrumb): void
        {
            $this->getScope()->addBreadcrumb($breadcrumb);
        }

        public function captureException(\Throwable $e): array
        {
            return ['exception' => $e::class, 'message' => $e->getMessage()] + $this->getScope()->applyToEvent();
        }
    }

    final class SentrySdk
    {
        private static ?Hub $currentHub = null;

        public static function getCurrentHub(): Hub
        {
            return self::$currentHub ??= new Hub();
        }
    }
}

namespace App\Http {

    use Sentry\Lite\Breadcrumb;
    use Sentry\Lite\Scope;
    use Sentry\Lite\SentrySdk;

    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            public readonly array $server = [],
            public readonly ?int $userId = null,
        ) {
        }
    }

    final class OrderRepository
    {
        public function findForUser(int $userId, int $orderId): array
        {
            SentrySdk::getCurrentHub()->addBreadcrumb(new Breadcrumb('info', 'db.sql.query',
                'select * from orders where id = ? and user_id = ?', ['bindings' => [$orderId, $userId], 'connection' => 'pgsql']));

            return ['id' => $orderId, 'user_id' => $userId, 'status' => 'shipped', 'total' => 4599];
        }
    }

    final class SentryContextMiddleware
    {
        public function handle(Request $request, \Closure $next): array
        {
            $hub = SentrySdk::getCurrentHub();
            $hub->pushScope();

            try {
                $hub->configureScope(static function (Scope $scope) use ($request): void {
                    $scope->setTag('http.method', $request->method);
                    $scope->setUser($request->userId !== null ? ['id' => $request->userId] : null);
                });
                $hub->addBreadcrumb(new Breadcrumb('info', 'http', "{$request->method} {$request->uri}", [
                    'user_agent' => $request->server['HTTP_USER_AGENT'] ?? '',
                    'ip' => $request->server['REMOTE_ADDR'] ?? '',
                ]));

                return $next($request);
            } finally {
                $hub->popScope();
            }
        }
    }

    final class OrderController
    {
        public function __construct(private readonly OrderRepository $orders)
        {
        }

        public function show(Request $request): array
        {
            $orderId = (int) basename($request->uri);

            return ['data' => $this->orders->findForUser($request->userId ?? 0, $orderId)];
        }
    }
}

namespace {

    use App\Http\OrderController;
    use App\Http\OrderRepository;
    use App\Http\Request;
    use App\Http\SentryContextMiddleware;

    final class SwooleHttpServerStub
    {
        /** @var array<string, \Closure> */
        private array $callbacks = [];

        public function on(string $event, \Closure $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function serve(int $requests): void
        {
            for ($i = 0; $i < $requests; $i++) {
                ($this->callbacks['request'])(new Request('GET', "/api/orders/{$i}", [
                    'HTTP_USER_AGENT' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15',
                    'REMOTE_ADDR' => '10.0.' . ($i % 250) . '.' . ($i % 200),
                ], 500 + $i));
            }
        }
    }

    $middleware = new SentryContextMiddleware();
    $controller = new OrderController(new OrderRepository());

    $server = new SwooleHttpServerStub();
    $server->on('request', static function (Request $request) use ($middleware, $controller): void {
        $middleware->handle($request, static fn (Request $r): array => $controller->show($r));
    });

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $server->serve($n);
}
