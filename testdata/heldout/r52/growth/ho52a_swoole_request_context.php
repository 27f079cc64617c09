<?php
// Swoole HTTP server: one worker process serves every request through the
// same callbacks; a request context registry gives deep services access to
// the request that is being handled.

namespace Swoole\Http {
    class Request
    {
        public int $fd = 0;
        public array $header = [];
        public array $server = [];
        public ?array $get = null;
        public ?array $cookie = null;
    }

    class Response
    {
        public array $headers = [];
        public int $status = 200;

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function status(int $code): void
        {
            $this->status = $code;
        }

        public function end(string $content = ''): bool
        {
            return true;
        }
    }

    /** Stand-in: start() dispatches PHPLEAK_N requests to the 'request' callback. */
    class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function set(array $settings): void
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[strtolower($event)] = $callback;
        }

        public function start(): bool
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            if (isset($this->callbacks['workerstart'])) {
                ($this->callbacks['workerstart'])($this, 0);
            }
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->fd = 10 + $i % 64;
                $request->header = [
                    'host' => 'api.fleet.test',
                    'x-request-id' => sprintf('req-%010d', $i),
                    'authorization' => 'Bearer ' . base64_encode("driver-{$i}:" . str_repeat('k', 40)),
                    'user-agent' => 'FleetApp/5.1 (Android 14; Pixel 8)',
                ];
                $request->server = ['request_method' => 'GET', 'request_uri' => '/v1/vehicles/' . ($i % 50) . '/position'];
                $response = new Response();
                ($this->callbacks['request'])($request, $response);
                unset($request, $response);
            }
            return true;
        }
    }
}

namespace App\Context {
    use Swoole\Http\Request;

    /**
     * Per-request context, looked up by the Swoole request object so that
     * coroutines of the same request see the same context.
     */
    final class RequestContext
    {
        /** @var array<int, self> */
        private static array $byRequest = [];

        private function __construct(
            public readonly Request $request,
            public readonly string $requestId,
            public readonly float $startedAt,
        ) {
        }

        public static function open(Request $request): self
        {
            $context = new self($request, $request->header['x-request-id'] ?? uniqid('req-'), microtime(true));
            self::$byRequest[spl_object_id($request)] = $context; // leak
            return $context;
        }

        public static function of(Request $request): ?self
        {
            return self::$byRequest[spl_object_id($request)] ?? null;
        }

        public function header(string $name): ?string
        {
            return $this->request->header[strtolower($name)] ?? null;
        }
    }
}

namespace App\Http {
    use App\Context\RequestContext;
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    final class AuthMiddleware
    {
        public function handle(Request $request, \Closure $next): array
        {
            $context = RequestContext::of($request);
            $token = substr((string) $context?->header('Authorization'), 7);
            [$driver] = explode(':', (string) base64_decode($token), 2) + [''];
            return $next($request, $driver);
        }
    }

    final class VehiclePositionController
    {
        public function show(Request $request, string $driver): array
        {
            preg_match('#/v1/vehicles/(\d+)/position#', $request->server['request_uri'], $m);
            return [
                'vehicle' => (int) $m[1],
                'driver' => $driver,
                'lat' => 52.52 + ((int) $m[1]) / 1000,
                'lng' => 13.40,
                'request_id' => RequestContext::of($request)?->requestId,
            ];
        }
    }

    final class Kernel
    {
        public function __construct(
            private AuthMiddleware $auth,
            private VehiclePositionController $controller,
        ) {
        }

        public function __invoke(Request $request, Response $response): void
        {
            RequestContext::open($request);
            $payload = $this->auth->handle(
                $request,
                fn (Request $request, string $driver) => $this->controller->show($request, $driver),
            );
            $response->header('Content-Type', 'application/json');
            $response->end(json_encode($payload));
        }
    }
}

namespace {
    use App\Http\AuthMiddleware;
    use App\Http\Kernel;
    use App\Http\VehiclePositionController;
    use Swoole\Http\Server;

    $server = new Server('0.0.0.0', 9501);
    $server->set(['worker_num' => 4, 'max_request' => 0]);
    $kernel = new Kernel(new AuthMiddleware(), new VehiclePositionController());
    $server->on('request', $kernel);
    $server->start();
}
