<?php
declare(strict_types=1);

// Minimal stand-ins for ext-swoole's HTTP server (the real classes live in the extension).
namespace Swoole\Http {
    class Request
    {
        public int $fd = 0;
        public array $header = [];
        public array $server = [];
        public ?array $get = null;
        public ?array $cookie = null;

        public function rawContent(): string|false
        {
            return '';
        }
    }

    class Response
    {
        private array $headers = [];
        private int $statusCode = 200;
        private bool $ended = false;

        public function status(int $code, string $reason = ''): bool
        {
            $this->statusCode = $code;
            return true;
        }

        public function header(string $key, string $value, bool $format = true): bool
        {
            $this->headers[$key] = $value;
            return true;
        }

        public function end(?string $content = null): bool
        {
            $this->ended = true;
            return true;
        }

        public function isWritable(): bool
        {
            return !$this->ended;
        }
    }

    class Server
    {
        private array $callbacks = [];

        public function __construct(public string $host = '0.0.0.0', public int $port = 9501)
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
            if (isset($this->callbacks['workerstart'])) {
                ($this->callbacks['workerstart'])($this, 0);
            }
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->fd = 1 + ($i % 64);
                $request->server = [
                    'request_method' => 'GET',
                    'request_uri' => '/api/fares/' . (1000 + $i % 50),
                    'path_info' => '/api/fares/' . (1000 + $i % 50),
                    'remote_addr' => '10.0.3.' . ($i % 200),
                    'server_protocol' => 'HTTP/1.1',
                    'request_time_float' => microtime(true),
                ];
                $request->header = [
                    'host' => 'fares.internal',
                    'accept' => 'application/json',
                    'user-agent' => 'fare-poller/2.3 (+https://fares.internal/poller)',
                    'if-none-match' => 'W/"fare-' . (1000 + $i % 50) . '"',
                    'x-request-id' => sprintf('%08x-%04x-%04x', $i, $i % 4096, 0xbeef),
                ];
                ($this->callbacks['request'])($request, new Response());
            }
            return true;
        }
    }
}

namespace App\Http {
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    class HttpException extends \RuntimeException
    {
        public function __construct(public readonly int $status, string $message = '', public readonly array $headers = [])
        {
            parent::__construct($message, $status);
        }
    }

    final class RequestContext
    {
        public array $attributes = [];
        public float $startedAt;

        public function __construct(public readonly Request $request, public readonly Response $response)
        {
            $this->startedAt = microtime(true);
        }

        public function path(): string
        {
            return $this->request->server['path_info'] ?? '/';
        }

        public function header(string $name): ?string
        {
            return $this->request->header[strtolower($name)] ?? null;
        }
    }

    interface Middleware
    {
        public function process(RequestContext $ctx, callable $next): void;
    }

    /** Keeps track of requests being served so a reload can wait for them. */
    final class InflightRegistry implements \Countable
    {
        private \SplObjectStorage $inflight;

        public function __construct()
        {
            $this->inflight = new \SplObjectStorage();
        }

        public function enter(RequestContext $ctx): void
        {
            $this->inflight->attach($ctx, $ctx->path());
        }

        public function leave(RequestContext $ctx): void
        {
            $this->inflight->detach($ctx);
        }

        public function count(): int
        {
            return $this->inflight->count();
        }
    }

    final class TrackInflight implements Middleware
    {
        public function __construct(private InflightRegistry $registry)
        {
        }

        public function process(RequestContext $ctx, callable $next): void
        {
            $this->registry->enter($ctx);
            try {
                $next($ctx);
            } finally {
                $this->registry->leave($ctx);
            }
        }
    }

    final class RenderHttpErrors implements Middleware
    {
        public function process(RequestContext $ctx, callable $next): void
        {
            try {
                $next($ctx);
            } catch (HttpException $e) {
                $ctx->response->status($e->status);
                foreach ($e->headers as $k => $v) {
                    $ctx->response->header($k, $v);
                }
                $ctx->response->end($e->status === 304 ? null : json_encode(['error' => $e->getMessage()]));
            }
        }
    }

    final class Pipeline
    {
        /** @param Middleware[] $middleware */
        public function __construct(private array $middleware, private \Closure $handler)
        {
        }

        public function handle(RequestContext $ctx): void
        {
            $this->dispatch(0, $ctx);
        }

        private function dispatch(int $i, RequestContext $ctx): void
        {
            if (!isset($this->middleware[$i])) {
                ($this->handler)($ctx);
                return;
            }
            $this->middleware[$i]->process($ctx, fn (RequestContext $c) => $this->dispatch($i + 1, $c));
        }
    }
}

namespace App\Fares {
    use App\Http\HttpException;
    use App\Http\RequestContext;

    final class FareRepository
    {
        private array $versions = [];

        public function version(int $id): string
        {
            return $this->versions[$id] ??= 'W/"fare-' . $id . '"';
        }

        public function find(int $id): array
        {
            return ['id' => $id, 'currency' => 'EUR', 'amount' => 1999 + $id % 7];
        }
    }

    final class FareController
    {
        public function __construct(private FareRepository $fares)
        {
        }

        public function show(RequestContext $ctx): void
        {
            $id = (int) basename($ctx->path());
            $etag = $this->fares->version($id);
            if ($ctx->header('If-None-Match') === $etag) {
                throw new HttpException(304, 'Not Modified', ['ETag' => $etag]);
            }
            $ctx->response->header('ETag', $etag);
            $ctx->response->header('Content-Type', 'application/json');
            $ctx->response->end(json_encode($this->fares->find($id)));
        }
    }
}

namespace {
    use App\Fares\FareController;
    use App\Fares\FareRepository;
    use App\Http\InflightRegistry;
    use App\Http\Pipeline;
    use App\Http\RenderHttpErrors;
    use App\Http\RequestContext;
    use App\Http\TrackInflight;

    $server = new Swoole\Http\Server('0.0.0.0', 9501);
    $server->set(['worker_num' => 4, 'max_request' => 0]);

    $registry = new InflightRegistry();
    $controller = new FareController(new FareRepository());
    $pipeline = new Pipeline(
        [new RenderHttpErrors(), new TrackInflight($registry)],
        \Closure::fromCallable([$controller, 'show']),
    );

    $server->on('request', function (Swoole\Http\Request $request, Swoole\Http\Response $response) use ($pipeline) {
        $pipeline->handle(new RequestContext($request, $response));
    });

    $server->start();
}
