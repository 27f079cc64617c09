<?php

declare(strict_types=1);

/*
 * AMPHP HTTP server in front of the live packager's origin: players fetch
 * HLS segments through it. Every fetch logs with a scope describing the
 * stream and the client, so edge errors can be traced to a viewer.
 */

namespace Amp {
    /** Stand-in for Amp\Future. */
    final class Future
    {
        private function __construct(private readonly mixed $value)
        {
        }

        public static function complete(mixed $value): self
        {
            return new self($value);
        }

        public function await(): mixed
        {
            return $this->value;
        }
    }

    function async(\Closure $fn, mixed ...$args): Future
    {
        return Future::complete($fn(...$args));
    }
}

namespace Amp\Http\Server {
    final class Request
    {
        /** @param array<string, string> $headers */
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly string $query,
            public readonly array $headers,
            public readonly string $remoteAddress,
        ) {
        }

        public function getHeader(string $name): ?string
        {
            return $this->headers[strtolower($name)] ?? null;
        }
    }

    final class Response
    {
        /** @param array<string, string> $headers */
        public function __construct(public readonly int $status = 200, public readonly array $headers = [], public readonly string $body = '')
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }
}

namespace App {
    use Amp\Future;
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    use function Amp\async;

    final class ScopedLogger
    {
        /** @var list<array<string, scalar>> */
        private array $scopes = [];

        /** @var array<int, array{level: string, message: string, context: array}> last records, for /debug */
        private array $recent = [];

        private int $written = 0;

        public function __construct(private readonly string $channel, private readonly int $keep = 32)
        {
        }

        /** @param array<string, scalar> $context */
        public function pushScope(array $context): void
        {
            $this->scopes[] = $context; // leak
        }

        public function popScope(): void
        {
            array_pop($this->scopes);
        }

        public function warning(string $message, array $context = []): void
        {
            $this->write('warning', $message, $context);
        }

        public function debug(string $message, array $context = []): void
        {
            $this->write('debug', $message, $context);
        }

        private function write(string $level, string $message, array $context): void
        {
            $scope = $this->scopes === [] ? [] : $this->scopes[array_key_last($this->scopes)];
            $this->recent[$this->written++ % $this->keep] = [
                'level' => $level,
                'message' => $this->channel . '.' . $message,
                'context' => $context + $scope,
            ];
        }
    }

    /** Origin of the live packager; segments past the live edge are not there yet. */
    final class PackagerOrigin
    {
        /** @param array<string, int> $liveEdge stream => last published media sequence */
        public function __construct(private array $liveEdge)
        {
        }

        public function advance(string $stream): void
        {
            $this->liveEdge[$stream]++;
        }

        public function fetch(string $stream, int $sequence): Future
        {
            return async(fn () => $sequence <= ($this->liveEdge[$stream] ?? -1)
                ? str_repeat("\x47", 188) . pack('N', $sequence)
                : null);
        }
    }

    final class SegmentProxy implements RequestHandler
    {
        public function __construct(
            private readonly PackagerOrigin $origin,
            private readonly ScopedLogger $logger,
        ) {
        }

        public function handleRequest(Request $request): Response
        {
            if (!preg_match('#^/live/([a-z0-9-]+)/(\d+)\.ts$#', $request->path, $m)) {
                return new Response(404);
            }
            [, $stream, $sequence] = $m;

            $this->logger->pushScope($this->scopeFor($request, $stream, (int) $sequence));
            $segment = $this->origin->fetch($stream, (int) $sequence)->await();
            if ($segment === null) {
                // player is ahead of the packager: let it retry after the target duration
                $this->logger->debug('segment_not_ready', ['retry_after' => 2]);

                return new Response(404, ['retry-after' => '2', 'cache-control' => 'no-store']);
            }
            $this->logger->popScope();

            return new Response(200, ['content-type' => 'video/mp2t', 'cache-control' => 'max-age=60'], $segment);
        }

        /** @return array<string, scalar> */
        private function scopeFor(Request $request, string $stream, int $sequence): array
        {
            return [
                'stream' => $stream,
                'sequence' => $sequence,
                'client' => $request->getHeader('x-forwarded-for') ?? $request->remoteAddress,
                'request_id' => $request->getHeader('x-request-id') ?? bin2hex(random_bytes(8)),
                'session' => $request->getHeader('x-playback-session') ?? '',
                'referer' => $request->getHeader('referer') ?? '',
                'started_at' => microtime(true),
                'user_agent' => $request->getHeader('user-agent') ?? '',
                'query' => $request->query,
            ];
        }
    }
}

namespace {
    use Amp\Http\Server\Request;
    use App\PackagerOrigin;
    use App\ScopedLogger;
    use App\SegmentProxy;

    $streams = ['news-24', 'sports-1', 'concert-live'];
    $origin = new PackagerOrigin(array_fill_keys($streams, 5000));
    $handler = new SegmentProxy($origin, new ScopedLogger('segment_proxy'));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $stream = $streams[$i % 3];
        // every other request asks for the next, not yet published segment
        $sequence = 5000 + intdiv($i, 6) + ($i % 2);
        $handler->handleRequest(new Request('GET', "/live/$stream/$sequence.ts", 'token=' . hash('sha256', "tok$i") . '&exp=' . (time() + 600), [
            'x-forwarded-for' => sprintf('198.51.%d.%d', $i % 256, ($i * 7) % 256),
            'x-request-id' => bin2hex(random_bytes(12)),
            'x-playback-session' => 'ps_' . bin2hex(random_bytes(10)),
            'referer' => sprintf('https://watch.example.tv/live/%s?ref=home&t=%d', $stream, time() + $i),
            'user-agent' => sprintf('ExoPlayerLib/2.19.%d (Linux; Android 1%d) Build/%s', $i % 3, $i % 5, strtoupper(dechex(0x1f000 + $i))),
        ], '10.0.0.' . ($i % 32)));
        if ($i % 6 === 5) {
            // the packager publishes the next segment of every stream
            foreach ($streams as $s) {
                $origin->advance($s);
            }
        }
    }
}
