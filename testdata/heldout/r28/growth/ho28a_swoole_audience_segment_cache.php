<?php

declare(strict_types=1);

/*
 * Audience segmentation API served from a Swoole HTTP server. Segment
 * evaluation is expensive (it scans the contact warehouse), so results are
 * memoised in-process for the life of the worker.
 */

namespace Swoole\Http {
    final class Request
    {
        public array $get = [];
        public array $header = [];
        public array $server = [];
    }

    final class Response
    {
        public int $status = 200;
        public string $body = '';

        public function header(string $k, string $v): void
        {
        }

        public function end(string $body): void
        {
            $this->body = $body;
        }
    }

    /** Stand-in: on('request') registers the handler, start() feeds it requests. */
    final class Server
    {
        private array $handlers = [];

        public function __construct(public string $host, public int $port, private \Closure $feed)
        {
        }

        public function on(string $event, callable $cb): void
        {
            $this->handlers[$event] = $cb;
        }

        public function start(): void
        {
            foreach (($this->feed)() as $request) {
                ($this->handlers['request'])($request, new Response());
            }
        }
    }
}

namespace App\Segmentation {

    trait MemoizesSegments
    {
        /** @var array<string, array{computed_at:int, contacts:int[]}> */
        protected static array $segmentResults = [];

        protected function remember(string $key, int $now, int $ttl, callable $compute): array
        {
            $hit = static::$segmentResults[$key] ?? null;
            if ($hit !== null && $now - $hit['computed_at'] < $ttl) {
                return $hit['contacts'];
            }

            $contacts = $compute();
            static::$segmentResults[$key] = ['computed_at' => $now, 'contacts' => $contacts]; // leak

            return $contacts;
        }
    }

    final class SegmentDefinition
    {
        public function __construct(
            public readonly string $id,
            public readonly string $event,
            public readonly int $minCount,
        ) {
        }
    }

    final class ContactWarehouse
    {
        public function contactsWith(string $event, int $minCount, int $sinceTs): array
        {
            $ids = [];
            $seed = crc32($event . $minCount) ^ intdiv($sinceTs, 3600);
            for ($i = 0; $i < 24; $i++) {
                $ids[] = 100000 + (($seed + $i * 7919) % 900000);
            }

            return $ids;
        }
    }

    final class AudienceSegmenter
    {
        use MemoizesSegments;

        /** @param array<string, SegmentDefinition> $definitions */
        public function __construct(private array $definitions, private ContactWarehouse $warehouse)
        {
        }

        public function has(string $segmentId): bool
        {
            return isset($this->definitions[$segmentId]);
        }

        public function evaluate(string $segmentId, array $filters, int $now): array
        {
            $def = $this->definitions[$segmentId];
            $since = $this->resolveSince($filters, $now);

            return $this->remember(
                $this->cacheKey($def, $since, $filters),
                $now,
                900,
                fn () => $this->warehouse->contactsWith($def->event, $def->minCount, $since),
            );
        }

        private function resolveSince(array $filters, int $now): int
        {
            if (isset($filters['since']) && preg_match('/^\d{9,10}$/', (string) $filters['since'])) {
                return (int) $filters['since'];
            }

            return $now - 30 * 86400;
        }

        private function cacheKey(SegmentDefinition $def, int $since, array $filters): string
        {
            return sprintf('seg:%s:%s:%s', $def->id, date('Ymd\THi', $since), $filters['channel'] ?? 'all');
        }
    }
}

namespace {

    use App\Segmentation\AudienceSegmenter;
    use App\Segmentation\ContactWarehouse;
    use App\Segmentation\SegmentDefinition;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $segmenter = new AudienceSegmenter([
        'engaged_30d' => new SegmentDefinition('engaged_30d', 'email.clicked', 2),
        'cart_abandoners' => new SegmentDefinition('cart_abandoners', 'cart.abandoned', 1),
        'webinar_no_show' => new SegmentDefinition('webinar_no_show', 'webinar.registered', 1),
        'high_intent' => new SegmentDefinition('high_intent', 'pricing.viewed', 3),
    ], new ContactWarehouse());

    $feed = function (): \Generator {
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        $segments = ['engaged_30d', 'cart_abandoners', 'webinar_no_show', 'high_intent'];
        $clock = 1714000000;
        for ($i = 0; $i < $n; $i++) {
            $clock += 41;
            $req = new Request();
            // The campaign builder UI sends "since" as a timestamp picked
            // relative to the moment the marketer opened the audience panel.
            $req->get = [
                'segment' => $segments[$i % 4],
                'since' => (string) ($clock - 14 * 86400 - ($i % 3) * 60),
                'channel' => $i % 2 ? 'email' : 'sms',
            ];
            $req->server = ['request_time' => $clock];
            $req->header = ['x-tenant' => 'acme'];
            yield $req;
        }
    };

    $server = new Server('0.0.0.0', 9501, $feed);
    $server->on('request', function (Request $request, Response $response) use ($segmenter): void {
        $segment = $request->get['segment'] ?? '';
        if (!$segmenter->has($segment)) {
            $response->status = 404;
            $response->end('{"error":"unknown segment"}');

            return;
        }
        $contacts = $segmenter->evaluate($segment, $request->get, $request->server['request_time']);
        $response->header('Content-Type', 'application/json');
        $response->end(json_encode(['segment' => $segment, 'size' => count($contacts), 'sample' => array_slice($contacts, 0, 5)]));
    });
    $server->start();
}
