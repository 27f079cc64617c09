<?php

declare(strict_types=1);

namespace Swoole\Http {
    final class Request
    {
        public array $server = [];
        public array $header = [];
        public array $get = [];
    }

    final class Response
    {
        public int $status = 200;
        public int $written = 0;

        public function status(int $code): void
        {
            $this->status = $code;
        }

        public function end(string $content = ''): void
        {
            $this->written += strlen($content);
        }
    }

    /** Minimal stand-in: start() feeds a scripted request sequence to the 'request' callback. */
    final class Server
    {
        private array $callbacks = [];

        public function __construct(public string $host, public int $port, private int $requests)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            ($this->callbacks['start'] ?? static fn () => null)($this);
            for ($i = 0; $i < $this->requests; $i++) {
                $request = new Request();
                $request->server = ['request_uri' => '/catalog/search', 'request_method' => 'GET', 'request_time_float' => 1700000000 + $i];
                $request->header = ['x-request-id' => sprintf('req-%08x', $i * 2654435761 % 0xffffffff), 'host' => 'shop.example.com'];
                $request->get = ['q' => 'term' . ($i % 50), 'page' => (string) (1 + $i % 5), 'seq' => (string) $i];
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace App\Observability {
    use SplMinHeap;

    final class Span
    {
        public function __construct(
            public readonly string $traceId,
            public readonly string $name,
            public readonly int $durationUs,
            public readonly array $attributes,
        ) {
        }
    }

    /** Keeps the slowest spans on top of a min-heap so the fastest one is evicted first. */
    final class SpanHeap extends SplMinHeap
    {
        protected function compare(mixed $value1, mixed $value2): int
        {
            return $value2->durationUs <=> $value1->durationUs;
        }
    }

    final class SlowSpanSampler
    {
        private SpanHeap $slowest;

        public function __construct(private int $keep = 25)
        {
            $this->slowest = new SpanHeap();
        }

        /** @param list<Span> $spans */
        public function offer(array $spans): void
        {
            foreach ($spans as $span) {
                $this->slowest->insert($span); // leak
            }
            if ($this->slowest->count() > $this->keep) {
                $this->slowest->extract();
            }
        }

        public function fastestRetainedUs(): int
        {
            return $this->slowest->isEmpty() ? 0 : $this->slowest->top()->durationUs;
        }
    }

    final class Tracer
    {
        private array $open = [];

        public function start(string $traceId, string $name, int $clockUs, array $attributes = []): void
        {
            $this->open[$name] = [$traceId, $clockUs, $attributes];
        }

        public function finish(string $name, int $clockUs): Span
        {
            [$traceId, $startedUs, $attributes] = $this->open[$name];
            unset($this->open[$name]);

            return new Span($traceId, $name, $clockUs - $startedUs, $attributes);
        }
    }
}

namespace App\Catalog {
    use App\Observability\SlowSpanSampler;
    use App\Observability\Tracer;
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    final class SearchEndpoint
    {
        private int $clockUs = 0;

        public function __construct(private Tracer $tracer, private SlowSpanSampler $sampler)
        {
        }

        public function __invoke(Request $request, Response $response): void
        {
            $seq = (int) $request->get['seq'];
            $traceId = $request->header['x-request-id'];
            $this->tracer->start($traceId, 'http.request', $this->clockUs, [
                'http.route' => $request->server['request_uri'],
                'http.host' => $request->header['host'],
                'http.query' => http_build_query($request->get),
            ]);

            $sql = sprintf(
                "SELECT p.id, p.sku, p.title, p.price_cents, p.stock FROM products p JOIN product_search s ON s.product_id = p.id WHERE s.document @@ plainto_tsquery('simple', '%s') AND p.deleted_at IS NULL ORDER BY ts_rank(s.document, plainto_tsquery('simple', '%s')) DESC LIMIT 24 OFFSET %d /* trace=%s */",
                $request->get['q'],
                $request->get['q'],
                ((int) $request->get['page'] - 1) * 24,
                $traceId,
            );
            $this->clockUs += 40;
            $this->tracer->start($traceId, 'db.query', $this->clockUs, ['db.system' => 'postgresql', 'db.statement' => $sql]);
            $this->clockUs += 300 + ($seq * 7919) % 4000;
            $dbSpan = $this->tracer->finish('db.query', $this->clockUs);

            $body = json_encode(['query' => $request->get['q'], 'hits' => ($seq * 31) % 200]);
            $this->clockUs += 120 + ($seq * 104729) % 900;
            $httpSpan = $this->tracer->finish('http.request', $this->clockUs);

            $this->sampler->offer([$httpSpan, $dbSpan]);

            $response->status(200);
            $response->end($body);
        }
    }
}

namespace {
    use App\Catalog\SearchEndpoint;
    use App\Observability\SlowSpanSampler;
    use App\Observability\Tracer;
    use Swoole\Http\Server;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $server = new Server('0.0.0.0', 9501, $n);
    $endpoint = new SearchEndpoint(new Tracer(), new SlowSpanSampler(25));
    $server->on('request', $endpoint);
    $server->start();
}
