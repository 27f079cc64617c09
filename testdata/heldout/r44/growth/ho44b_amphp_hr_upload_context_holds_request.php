<?php

declare(strict_types=1);

/*
 * Heart-rate upload API (AMPHP http-server).
 *
 * Wearables post batches of beat-to-beat samples recorded offline. A
 * middleware opens a per-request context (trace id, timings, events) that
 * the handlers and the access log share.
 */

namespace Psr\Log {

    interface LoggerInterface
    {
        public function info(string|\Stringable $message, array $context = []): void;

        public function error(string|\Stringable $message, array $context = []): void;
    }
}

namespace Amp\Http\Server\Driver {

    final class Client
    {
        private static int $nextId = 1;
        private int $id;

        public function __construct(private string $remoteAddress)
        {
            $this->id = self::$nextId++;
        }

        public function getId(): int
        {
            return $this->id;
        }

        public function getRemoteAddress(): string
        {
            return $this->remoteAddress;
        }
    }
}

namespace Amp\Http\Server {

    use Amp\Http\Server\Driver\Client;
    use Psr\Log\LoggerInterface;

    /** Local stand-in for amphp/http-server's Request. */
    final class Request
    {
        private array $attributes = [];
        private array $headers = [];

        public function __construct(
            private Client $client,
            private string $method,
            private string $uri,
            array $headers = [],
            private string $body = '',
        ) {
            foreach ($headers as $name => $value) {
                $this->headers[strtolower($name)] = $value;
            }
        }

        public function getClient(): Client
        {
            return $this->client;
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getUri(): string
        {
            return $this->uri;
        }

        public function getPath(): string
        {
            return (string) parse_url($this->uri, PHP_URL_PATH);
        }

        public function getHeader(string $name): ?string
        {
            return $this->headers[strtolower($name)] ?? null;
        }

        public function getHeaders(): array
        {
            return $this->headers;
        }

        public function getBody(): string
        {
            return $this->body;
        }

        public function setAttribute(string $name, mixed $value): void
        {
            $this->attributes[$name] = $value;
        }

        public function getAttribute(string $name): mixed
        {
            return $this->attributes[$name] ?? throw new \Error("The requested attribute '{$name}' does not exist");
        }
    }

    final class Response
    {
        public function __construct(private int $status = 200, private array $headers = [], private string $body = '')
        {
        }

        public function getStatus(): int
        {
            return $this->status;
        }

        public function setHeader(string $name, string $value): void
        {
            $this->headers[strtolower($name)] = $value;
        }

        public function getBody(): string
        {
            return $this->body;
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    interface Middleware
    {
        public function handleRequest(Request $request, RequestHandler $requestHandler): Response;
    }

    interface ErrorHandler
    {
        public function handleError(int $status, ?string $reason = null, ?Request $request = null): Response;
    }

    final class DefaultErrorHandler implements ErrorHandler
    {
        public function handleError(int $status, ?string $reason = null, ?Request $request = null): Response
        {
            return new Response($status, ['content-type' => 'text/plain'], $reason ?? 'Error');
        }
    }

    /**
     * Local stand-in for SocketHttpServer: start() replays recorded uploads
     * through the handler, PHPLEAK_N of them, one after another.
     */
    final class SocketHttpServer
    {
        private array $addresses = [];
        private ?\Closure $replay = null;

        private function __construct(private LoggerInterface $logger)
        {
        }

        public static function createForDirectAccess(LoggerInterface $logger, bool $enableCompression = true): self
        {
            return new self($logger);
        }

        public function expose(string $address): void
        {
            $this->addresses[] = $address;
        }

        /** Test double only: recorded traffic to feed through start(). */
        public function replay(\Closure $recorded): void
        {
            $this->replay = $recorded;
        }

        public function start(RequestHandler $requestHandler, ErrorHandler $errorHandler): void
        {
            $total = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $total; $i++) {
                [$method, $uri, $headers, $body] = ($this->replay)($i);
                $request = new Request(new Client('203.0.113.' . ($i % 250) . ':443'), $method, $uri, $headers, $body);
                try {
                    $requestHandler->handleRequest($request);
                } catch (\Throwable $e) {
                    $this->logger->error('Unhandled exception', ['message' => $e->getMessage()]);
                    $errorHandler->handleError(500, null, $request);
                }
                unset($request);
            }
        }
    }
}

namespace Amp\Http\Server\Middleware {

    use Amp\Http\Server\Middleware;
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    function stackMiddleware(RequestHandler $requestHandler, Middleware ...$middlewares): RequestHandler
    {
        foreach (array_reverse($middlewares) as $middleware) {
            $requestHandler = new class($middleware, $requestHandler) implements RequestHandler {
                public function __construct(private Middleware $middleware, private RequestHandler $next)
                {
                }

                public function handleRequest(Request $request): Response
                {
                    return $this->middleware->handleRequest($request, $this->next);
                }
            };
        }

        return $requestHandler;
    }
}

namespace App\Observability {

    use Amp\Http\Server\Request;

    final class RequestContext
    {
        /** @var list<array{string, float, array}> */
        public array $events = [];

        public function __construct(
            public readonly Request $request,
            public readonly string $traceId,
            public readonly float $startedAt,
        ) {
        }

        public function record(string $event, array $attributes = []): void
        {
            $this->events[] = [$event, microtime(true) - $this->startedAt, $attributes];
        }

        public function summary(int $status): array
        {
            return [
                'route' => $this->request->getMethod() . ' ' . $this->request->getPath(),
                'status' => $status,
                'trace' => $this->traceId,
                'device' => $this->request->getHeader('x-device-id'),
                'ms' => round((microtime(true) - $this->startedAt) * 1000, 2),
                'events' => array_column($this->events, 0),
            ];
        }
    }

    /**
     * Context of the request currently being handled, keyed by the request
     * object. A slot is taken over by a later request once the earlier
     * one has been released by the server.
     */
    final class RequestContextStore
    {
        /** @var array<int, RequestContext> */
        private array $contexts = [];

        public function open(Request $request): RequestContext
        {
            $traceId = $request->getHeader('traceparent') !== null
                ? explode('-', $request->getHeader('traceparent'))[1] ?? bin2hex(random_bytes(16))
                : bin2hex(random_bytes(16));

            return $this->contexts[spl_object_id($request)] = new RequestContext($request, $traceId, microtime(true)); // leak
        }

        public function of(Request $request): RequestContext
        {
            return $this->contexts[spl_object_id($request)]
                ?? throw new \LogicException('No context opened for this request');
        }
    }

    final class AccessLog implements \Psr\Log\LoggerInterface
    {
        private int $lines = 0;
        private string $last = '';

        public function info(string|\Stringable $message, array $context = []): void
        {
            $this->last = $message . ' ' . json_encode($context);
            $this->lines++;
        }

        public function error(string|\Stringable $message, array $context = []): void
        {
            $this->info('[error] ' . $message, $context);
        }
    }
}

namespace App\Http {

    use Amp\Http\Server\Middleware;
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;
    use App\Ingest\HeartRateBatchParser;
    use App\Ingest\HeartRateStatistics;
    use App\Observability\RequestContextStore;
    use Psr\Log\LoggerInterface;

    final class RequestContextMiddleware implements Middleware
    {
        public function __construct(private readonly RequestContextStore $contexts, private readonly LoggerInterface $accessLog)
        {
        }

        public function handleRequest(Request $request, RequestHandler $requestHandler): Response
        {
            $context = $this->contexts->open($request);
            $response = $requestHandler->handleRequest($request);
            $response->setHeader('x-trace-id', $context->traceId);

            $this->accessLog->info('request handled', $context->summary($response->getStatus()));

            return $response;
        }
    }

    final class HeartRateUploadHandler implements RequestHandler
    {
        public function __construct(
            private readonly RequestContextStore $contexts,
            private readonly HeartRateBatchParser $parser,
            private readonly HeartRateStatistics $statistics,
        ) {
        }

        public function handleRequest(Request $request): Response
        {
            $context = $this->contexts->of($request);
            $batch = $this->parser->parse($request->getBody());
            $context->record('parsed', ['samples' => count($batch['rr'])]);

            $summary = $this->statistics->summarize($batch['rr']);
            $context->record('summarized', $summary);

            return new Response(202, ['content-type' => 'application/json'], json_encode([
                'device' => $request->getHeader('x-device-id'),
                'accepted' => count($batch['rr']),
                'summary' => $summary,
            ]));
        }
    }
}

namespace App\Ingest {

    final class HeartRateBatchParser
    {
        /** @return array{start: int, rr: list<int>} */
        public function parse(string $body): array
        {
            $data = json_decode($body, true, 8, JSON_THROW_ON_ERROR);

            return ['start' => (int) $data['start'], 'rr' => array_map('intval', $data['rr'])];
        }
    }

    final class HeartRateStatistics
    {
        /** @param list<int> $rr */
        public function summarize(array $rr): array
        {
            $n = count($rr);
            if ($n < 2) {
                return ['mean_hr' => 0, 'rmssd' => 0];
            }
            $sumSq = 0;
            for ($i = 1; $i < $n; $i++) {
                $sumSq += ($rr[$i] - $rr[$i - 1]) ** 2;
            }

            return [
                'mean_hr' => round(60000 / (array_sum($rr) / $n), 1),
                'rmssd' => round(sqrt($sumSq / ($n - 1)), 1),
            ];
        }
    }
}

namespace {

    use Amp\Http\Server\DefaultErrorHandler;
    use Amp\Http\Server\SocketHttpServer;
    use App\Http\HeartRateUploadHandler;
    use App\Http\RequestContextMiddleware;
    use App\Ingest\HeartRateBatchParser;
    use App\Ingest\HeartRateStatistics;
    use App\Observability\AccessLog;
    use App\Observability\RequestContextStore;

    use function Amp\Http\Server\Middleware\stackMiddleware;

    $accessLog = new AccessLog();
    $contexts = new RequestContextStore();

    $handler = stackMiddleware(
        new HeartRateUploadHandler($contexts, new HeartRateBatchParser(), new HeartRateStatistics()),
        new RequestContextMiddleware($contexts, $accessLog),
    );

    $server = SocketHttpServer::createForDirectAccess($accessLog);
    $server->expose('0.0.0.0:8443');

    // Offline batches uploaded after a run: one minute of RR intervals each.
    $server->replay(static function (int $i): array {
        $rr = [];
        for ($b = 0; $b < 64; $b++) {
            $rr[] = 480 + ($i * 13 + $b * 29) % 140;
        }

        return ['POST', '/v1/heart-rate/batches', [
            'content-type' => 'application/json',
            'x-device-id' => sprintf('hrm-%05d', $i % 3000),
            'traceparent' => sprintf('00-%032x-%016x-01', $i + 1, $i + 7),
        ], json_encode(['start' => 1718200000 + $i * 60, 'rr' => $rr])];
    });

    $server->start($handler, new DefaultErrorHandler());
}
