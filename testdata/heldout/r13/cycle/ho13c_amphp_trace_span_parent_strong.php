<?php

declare(strict_types=1);

namespace Amp\Http\Server {
    // Stand-ins for amphp/http-server: a request, a response, a handler
    // interface and a server that replays a batch of requests.

    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $query,
            public readonly array $headers,
        ) {
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status = 200, public readonly string $body = '')
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    final class SocketHttpServer
    {
        private ?RequestHandler $handler = null;

        public function start(RequestHandler $handler): void
        {
            $this->handler = $handler;
        }

        public function replay(int $requests): void
        {
            for ($i = 1; $i <= $requests; $i++) {
                $this->handler?->handleRequest(new Request('GET', '/search', [
                    'q' => 'winter jacket size ' . ($i % 7),
                    'page' => (string) (1 + $i % 5),
                ], ['traceparent' => sprintf('00-%032x-%016x-01', $i, $i * 7)]));
            }
        }
    }
}

namespace App\Tracing {
    final class Span
    {
        /** @var list<Span> */
        private array $children = [];
        private ?Span $parent = null;
        private float $start;
        private ?float $end = null;

        /** @param array<string, scalar> $attributes */
        public function __construct(
            public readonly string $name,
            private array $attributes,
            ?Span $parent = null,
        ) {
            $this->start = hrtime(true) / 1e9;
            if ($parent !== null) {
                $this->parent = $parent; // leak
            }
        }

        public function startChild(string $name, array $attributes = []): Span
        {
            $child = new Span($name, $attributes, $this);
            $this->children[] = $child; // leak

            return $child;
        }

        public function setAttribute(string $key, string|int|float|bool $value): void
        {
            $this->attributes[$key] = $value;
        }

        public function finish(): void
        {
            $this->end = hrtime(true) / 1e9;
        }

        public function root(): Span
        {
            $span = $this;
            while ($span->parent !== null) {
                $span = $span->parent;
            }

            return $span;
        }

        public function toArray(): array
        {
            return [
                'name' => $this->name,
                'duration' => ($this->end ?? $this->start) - $this->start,
                'attributes' => $this->attributes,
                'children' => array_map(static fn (Span $c): array => $c->toArray(), $this->children),
            ];
        }
    }

    interface SpanExporter
    {
        public function export(Span $root): void;
    }

    /** Encodes finished traces; shipping them is the collector sidecar's job. */
    final class OtlpCountingExporter implements SpanExporter
    {
        private int $exported = 0;
        private int $bytes = 0;

        public function export(Span $root): void
        {
            $this->exported++;
            $this->bytes += strlen((string) json_encode($root->toArray()));
        }
    }

    final class Tracer
    {
        public function __construct(private readonly SpanExporter $exporter)
        {
        }

        public function startRoot(string $name, array $attributes): Span
        {
            return new Span($name, $attributes);
        }

        public function end(Span $root): void
        {
            $root->finish();
            $this->exporter->export($root);
        }
    }
}

namespace App\Search {
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;
    use App\Tracing\Span;
    use App\Tracing\Tracer;

    final class ProductSearchHandler implements RequestHandler
    {
        public function __construct(private readonly Tracer $tracer)
        {
        }

        public function handleRequest(Request $request): Response
        {
            $root = $this->tracer->startRoot('GET /search', [
                'http.method' => $request->method,
                'http.target' => $request->path . '?' . http_build_query($request->query),
                'traceparent' => $request->headers['traceparent'] ?? '',
            ]);

            $parse = $root->startChild('search.parse_query', ['q' => $request->query['q']]);
            $terms = preg_split('/\s+/', strtolower($request->query['q'])) ?: [];
            $parse->setAttribute('terms', count($terms));
            $parse->finish();

            $hits = $this->queryIndex($root, $terms, (int) $request->query['page']);

            $render = $root->startChild('search.render', ['hits' => count($hits)]);
            $body = (string) json_encode(['hits' => $hits]);
            $render->finish();

            $this->tracer->end($root);

            return new Response(200, $body);
        }

        private function queryIndex(Span $parent, array $terms, int $page): array
        {
            $span = $parent->startChild('elasticsearch.query', [
                'db.system' => 'elasticsearch',
                'db.statement' => sprintf('{"query":{"match":{"title":"%s"}},"from":%d,"size":20}', implode(' ', $terms), ($page - 1) * 20),
            ]);
            $hits = array_map(static fn (int $n): string => 'product-' . ($n * $page), range(1, 3));
            $span->setAttribute('db.rows', count($hits));
            $span->finish();

            return $hits;
        }
    }
}

namespace {
    use Amp\Http\Server\SocketHttpServer;
    use App\Search\ProductSearchHandler;
    use App\Tracing\OtlpCountingExporter;
    use App\Tracing\Tracer;

    $tracer = new Tracer(new OtlpCountingExporter());
    $server = new SocketHttpServer();
    $server->start(new ProductSearchHandler($tracer));
    $server->replay((int) (getenv('PHPLEAK_N') ?: 100));
}
