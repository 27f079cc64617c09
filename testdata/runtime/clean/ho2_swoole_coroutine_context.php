<?php
// A Swoole-style server keeps per-coroutine request context in a static ArrayObject registry and builds JSON responses through a helper attached to that context.

declare(strict_types=1);

namespace Swoole\Http {

    final class Request
    {
        /** @var array<string, string> */
        public array $header = [];
        /** @var array<string, string> */
        public array $server = [];
        /** @var array<string, string> */
        public array $get = [];
    }

    final class Response
    {
        private int $status = 200;
        /** @var array<string, string> */
        private array $headers = [];
        public int $written = 0;

        public function status(int $code): void
        {
            $this->status = $code;
        }

        public function header(string $k, string $v): void
        {
            $this->headers[$k] = $v;
        }

        public function end(string $body): void
        {
            $this->written += strlen($body);
        }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $events = [];

        public function __construct(private readonly int $requests) {}

        public function on(string $name, callable $cb): void
        {
            $this->events[$name] = $cb;
        }

        public function start(): void
        {
            for ($cid = 1; $cid <= $this->requests; $cid++) {
                $req = new Request();
                $req->server = ['request_uri' => '/api/reports/' . ($cid % 50), 'request_method' => 'GET', 'coroutine_id' => (string) $cid];
                $req->header = ['accept' => 'application/json', 'x-tenant' => 'tenant-' . ($cid % 7)];
                $req->get = ['from' => '2024-01-01', 'to' => '2024-03-31', 'granularity' => 'week'];
                ($this->events['request'])($req, new Response());
            }
        }
    }
}

namespace Hyperlite\Context {

    /**
     * Static registry of coroutine-local storage.
     */
    final class Context
    {
        /** @var array<int, \ArrayObject<string, mixed>> */
        private static array $pool = [];

        public static function get(int $cid): \ArrayObject
        {
            return self::$pool[$cid] ??= new \ArrayObject();
        }

        public static function destroy(int $cid): void
        {
            unset(self::$pool[$cid]);
        }

        public static function count(): int
        {
            return count(self::$pool);
        }
    }

    final class RequestScope
    {
        public ?JsonResponder $responder = null;
        /** @var array<string, string> */
        public array $attributes = [];

        public function __construct(
            public readonly string $tenant,
            public readonly string $path,
        ) {}

        public function responder(): JsonResponder
        {
            return $this->responder ??= new JsonResponder(\WeakReference::create($this));
        }
    }

    final class JsonResponder
    {
        /** @param \WeakReference<RequestScope> $scope */
        public function __construct(private readonly \WeakReference $scope) {}

        /** @param array<string, mixed> $data */
        public function render(array $data, int $status = 200): string
        {
            $scope = $this->scope->get() ?? throw new \LogicException('Request scope already released.');

            return json_encode([
                'tenant' => $scope->tenant,
                'path' => $scope->path,
                'data' => $data,
                'meta' => $scope->attributes,
            ], JSON_UNESCAPED_SLASHES) ?: '{}';
        }
    }
}

namespace App {

    use Hyperlite\Context\Context;
    use Hyperlite\Context\RequestScope;
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    final class ReportController
    {
        public function weekly(Request $request, Response $response): void
        {
            $cid = (int) $request->server['coroutine_id'];
            /** @var RequestScope $scope */
            $scope = Context::get($cid)['scope'];
            $rows = [];
            for ($week = 1; $week <= 13; $week++) {
                $rows[] = ['week' => $week, 'revenue' => $week * 1234 + strlen($scope->tenant)];
            }
            $response->header('Content-Type', 'application/json');
            $response->end($scope->responder()->render(['rows' => $rows]));
        }
    }

    final class Kernel
    {
        public function __construct(private readonly ReportController $controller) {}

        public function __invoke(Request $request, Response $response): void
        {
            $cid = (int) $request->server['coroutine_id'];
            $scope = new RequestScope($request->header['x-tenant'] ?? 'default', $request->server['request_uri']);
            $scope->attributes = [
                'request_id' => sprintf('%08x-%04x', $cid * 2654435761 % 0xFFFFFFFF, $cid % 0xFFFF),
                'query' => http_build_query($request->get),
                'generated_by' => str_repeat('report-service/2.4.1 ', 8),
            ];
            Context::get($cid)['scope'] = $scope;
            try {
                $this->controller->weekly($request, $response);
            } finally {
                Context::destroy($cid);
            }
        }
    }
}

namespace {

    use App\Kernel;
    use App\ReportController;
    use Swoole\Http\Server;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $kernel = new Kernel(new ReportController());
    $server = new Server($n);
    $server->on('request', $kernel);
    $server->start();
}
