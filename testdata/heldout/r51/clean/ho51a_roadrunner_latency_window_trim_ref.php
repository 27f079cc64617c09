<?php

// RoadRunner HTTP worker (worker.php): one PHP process serves requests
// handed over by the RoadRunner server; the middleware stack lives as long
// as the process.

namespace Psr\Http\Message {
    interface ServerRequestInterface
    {
        public function getMethod(): string;
        public function getUri(): string;
        public function getHeaderLine(string $name): string;
        public function getAttribute(string $name, mixed $default = null): mixed;
        public function withAttribute(string $name, mixed $value): static;
    }

    interface ResponseInterface
    {
        public function getStatusCode(): int;
        public function withHeader(string $name, string $value): static;
    }
}

namespace Psr\Http\Server {
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    interface RequestHandlerInterface
    {
        public function handle(ServerRequestInterface $request): ResponseInterface;
    }

    interface MiddlewareInterface
    {
        public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface;
    }
}

namespace Nyholm\Psr7 {
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    final class ServerRequest implements ServerRequestInterface
    {
        private array $attributes = [];

        public function __construct(private string $method, private string $uri, private array $headers = [])
        {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getUri(): string
        {
            return $this->uri;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
        }

        public function withAttribute(string $name, mixed $value): static
        {
            $new = clone $this;
            $new->attributes[$name] = $value;

            return $new;
        }
    }

    final class Response implements ResponseInterface
    {
        public function __construct(private int $status = 200, private array $headers = [], private string $body = '')
        {
        }

        public function getStatusCode(): int
        {
            return $this->status;
        }

        public function withHeader(string $name, string $value): static
        {
            $new = clone $this;
            $new->headers[strtolower($name)] = $value;

            return $new;
        }
    }
}

namespace Spiral\RoadRunner\Http {
    use Nyholm\Psr7\ServerRequest;
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    /** Stand-in: the RoadRunner relay is replaced by a scripted request feed. */
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $maxJobs)
        {
        }

        public function waitRequest(): ?ServerRequestInterface
        {
            if ($this->served >= $this->maxJobs) {
                return null;
            }
            $n = ++$this->served;

            return new ServerRequest(
                $n % 5 === 0 ? 'POST' : 'GET',
                sprintf('/api/v2/catalog/products/%d?locale=nl_NL&page=%d', 1000 + $n, $n % 9),
                [
                    'x-request-id' => sprintf('%08x-%04x-%04x-%012x', $n * 2654435761 % 4294967296, $n % 65536, ($n * 7) % 65536, $n * 48271),
                    'user-agent' => 'catalog-sync/3.4 (+https://partner-' . ($n % 17) . '.example.com/bot; build ' . $n . ')',
                ],
            );
        }

        public function respond(ResponseInterface $response): void
        {
        }
    }
}

namespace App\Metrics {
    /** One served request, as the latency window keeps it. */
    final class LatencySample
    {
        public function __construct(
            public readonly string $method,
            public readonly string $route,
            public readonly string $uri,
            public readonly int $status,
            public readonly float $durationMs,
            public readonly string $requestId,
            public readonly string $client,
        ) {
        }
    }

    trait KeepsLastSamples
    {
        /** Drop the oldest samples so at most $max remain. */
        protected function keepLast(array &$samples, int $max): void
        {
            if (count($samples) > $max) {
                $samples = array_slice($samples, -$max);
            }
        }
    }

    /** Sliding window of the most recent request latencies, for Server-Timing and /metrics. */
    final class LatencyWindow
    {
        use KeepsLastSamples;

        /** @var list<LatencySample> */
        private array $samples = [];

        public function __construct(private int $size)
        {
        }

        public function add(LatencySample $sample): void
        {
            $this->samples[] = $sample;
            $this->keepLast($this->samples, $this->size);
        }

        public function percentile(float $p): float
        {
            if ($this->samples === []) {
                return 0.0;
            }
            $durations = array_map(static fn (LatencySample $s): float => $s->durationMs, $this->samples);
            sort($durations);

            return $durations[(int) floor($p * (count($durations) - 1))];
        }
    }
}

namespace App\Http {
    use App\Metrics\LatencySample;
    use App\Metrics\LatencyWindow;
    use Nyholm\Psr7\Response;
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;
    use Psr\Http\Server\MiddlewareInterface;
    use Psr\Http\Server\RequestHandlerInterface;

    final class MeasureLatency implements MiddlewareInterface
    {
        public function __construct(private LatencyWindow $window)
        {
        }

        public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
        {
            $start = hrtime(true);
            $response = $handler->handle($request);
            $ms = (hrtime(true) - $start) / 1e6;

            $this->window->add(new LatencySample(
                $request->getMethod(),
                (string) $request->getAttribute('route', 'unknown'),
                $request->getUri(),
                $response->getStatusCode(),
                $ms,
                $request->getHeaderLine('X-Request-Id'),
                $request->getHeaderLine('User-Agent'),
            ));

            return $response->withHeader('Server-Timing', sprintf('app;dur=%.3f, p95;dur=%.3f', $ms, $this->window->percentile(0.95)));
        }
    }

    final class Router implements RequestHandlerInterface
    {
        public function handle(ServerRequestInterface $request): ResponseInterface
        {
            if (preg_match('#^/api/v2/catalog/products/(\d+)#', $request->getUri(), $m)) {
                return new Response(200, ['content-type' => 'application/json'], json_encode(['id' => (int) $m[1], 'price' => ((int) $m[1] % 97) + 0.99]));
            }

            return new Response(404);
        }
    }

    final class Pipeline implements RequestHandlerInterface
    {
        /** @param list<MiddlewareInterface> $middleware */
        public function __construct(private array $middleware, private RequestHandlerInterface $last)
        {
        }

        public function handle(ServerRequestInterface $request): ResponseInterface
        {
            $handler = $this->last;
            foreach (array_reverse($this->middleware) as $middleware) {
                $handler = new class ($middleware, $handler) implements RequestHandlerInterface {
                    public function __construct(private MiddlewareInterface $middleware, private RequestHandlerInterface $next)
                    {
                    }

                    public function handle(ServerRequestInterface $request): ResponseInterface
                    {
                        return $this->middleware->process($request, $this->next);
                    }
                };
            }

            return $handler->handle($request->withAttribute('route', 'catalog.product.show'));
        }
    }
}

namespace {
    use App\Http\MeasureLatency;
    use App\Http\Pipeline;
    use App\Http\Router;
    use App\Metrics\LatencyWindow;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));
    $app = new Pipeline([new MeasureLatency(new LatencyWindow(64))], new Router());

    while ($request = $worker->waitRequest()) {
        $worker->respond($app->handle($request));
    }
}
