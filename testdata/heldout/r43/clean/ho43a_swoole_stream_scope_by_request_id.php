<?php

namespace Swoole\Http {

    /** Minimal stand-ins for the Swoole HTTP server objects used by the stream edge. */
    class Request
    {
        public array $header = [];
        public array $server = [];
        public array $get = [];
        public int $fd = 0;
    }

    class Response
    {
        public int $statusCode = 200;
        public array $headers = [];

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function header(string $name, string $value): void
        {
            $this->headers[$name] = $value;
        }

        public function end(string $body = ''): bool
        {
            return true;
        }
    }

    class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        /** Replays captured traffic instead of accepting sockets. */
        public function start(iterable $traffic): void
        {
            foreach ($traffic as $fd => [$header, $server, $get]) {
                $this->dispatch($fd, $header, $server, $get);
            }
        }

        private function dispatch(int $fd, array $header, array $server, array $get): void
        {
            $request = new Request();
            $request->fd = $fd;
            $request->header = $header;
            $request->server = $server;
            $request->get = $get;
            ($this->callbacks['request'])($request, new Response());
        }
    }
}

namespace App\Streaming {

    use Swoole\Http\Request;

    final class ListenScope
    {
        public int $bytesSent = 0;

        public function __construct(
            public readonly string $userAgent,
            public readonly string $trackId,
            public readonly string $quality,
            public readonly float $startedAt,
        ) {
        }

        public function userAgent(): string
        {
            return $this->userAgent;
        }
    }

    final class StreamAnalytics
    {
        /** @var array<int, ListenScope> */
        private array $active = [];

        /** @var array<string, int> */
        private array $bytesByQuality = ['low' => 0, 'normal' => 0, 'high' => 0, 'lossless' => 0];

        public function begin(Request $request, string $trackId, string $quality): ListenScope
        {
            return $this->active[spl_object_id($request)] = new ListenScope($request->header['user-agent'] ?? 'unknown', $trackId, $quality, microtime(true));
        }

        public function scopeFor(Request $request): ?ListenScope
        {
            return $this->active[spl_object_id($request)] ?? null;
        }

        public function end(Request $request): void
        {
            $scope = $this->scopeFor($request);
            if ($scope === null) {
                return;
            }

            $this->bytesByQuality[$scope->quality] += $scope->bytesSent;
            unset($this->active[spl_object_id($request)]);
        }
    }

    final class AudioStreamController
    {
        private const QUALITIES = ['low' => 96, 'normal' => 160, 'high' => 320, 'lossless' => 1411];

        public function __construct(private StreamAnalytics $analytics)
        {
        }

        public function __invoke(Request $request, \Swoole\Http\Response $response): void
        {
            $trackId = (string) ($request->get['track'] ?? '');
            $quality = $this->negotiateQuality($request->get['quality'] ?? 'normal');
            $scope = $this->analytics->begin($request, $trackId, $quality);

            $range = $this->parseRange($request->header['range'] ?? null);
            if ($range !== null && $range[0] > 0) {
                // Resumed playback: the CDN already has the head of the file.
                $response->status(206);
                $response->header('Content-Range', sprintf('bytes %d-%d/*', $range[0], $range[1]));
                $scope->bytesSent = $range[1] - $range[0] + 1;
                $response->end();

                return;
            }

            $scope->bytesSent = self::QUALITIES[$quality] * 1000 / 8 * 30;
            $response->header('Content-Type', $quality === 'lossless' ? 'audio/flac' : 'audio/ogg');
            $response->end();
            $this->analytics->end($request);
        }

        private function negotiateQuality(string $requested): string
        {
            return isset(self::QUALITIES[$requested]) ? $requested : 'normal';
        }

        /** @return array{int, int}|null */
        private function parseRange(?string $header): ?array
        {
            if ($header === null || !preg_match('/^bytes=(\d+)-(\d*)$/', $header, $m)) {
                return null;
            }

            return [(int) $m[1], $m[2] === '' ? (int) $m[1] + 524287 : (int) $m[2]];
        }
    }
}

namespace {

    use App\Streaming\AudioStreamController;
    use App\Streaming\StreamAnalytics;
    use Swoole\Http\Server;

    $server = new Server('0.0.0.0', 9501);
    $server->on('request', new AudioStreamController(new StreamAnalytics()));

    $traffic = (static function (int $n): \Generator {
        $agents = ['Podwave/5.2 (iPhone; iOS 17.4)', 'Podwave/5.1 (Android 14; Pixel 8)', 'Mozilla/5.0 (Windows NT 10.0) Chrome/124.0', 'CarPlay/17.4'];
        $qualities = ['low', 'normal', 'high', 'lossless'];
        for ($i = 0; $i < $n; $i++) {
            $header = [
                'user-agent' => $agents[$i % 4],
                'authorization' => 'Bearer ' . bin2hex(random_bytes(48)),
                'x-session-id' => bin2hex(random_bytes(16)),
                'accept' => 'audio/ogg, audio/flac;q=0.9, */*;q=0.1',
            ];
            if ($i % 2 === 1) {
                $start = mt_rand(1, 400) * 65536;
                $header['range'] = 'bytes=' . $start . '-';
            }
            yield 10 + $i => [
                $header,
                ['request_uri' => '/stream/' . bin2hex(random_bytes(8)), 'remote_addr' => '10.0.' . mt_rand(0, 255) . '.' . mt_rand(1, 254), 'request_time_float' => 1717000000.0 + $i],
                ['track' => 'trk_' . bin2hex(random_bytes(10)), 'quality' => $qualities[mt_rand(0, 3)]],
            ];
        }
    })((int) (getenv('PHPLEAK_N') ?: 100));

    $server->start($traffic);
    unset($traffic);
}
