<?php

// Swoole HTTP server for the scooter app's "slide to unlock" endpoint.
// The server stand-in below replays requests into the registered handler.

namespace Swoole\Http {
    class Request
    {
        public array $header = [];
        public array $server = [];
        public array $get = [];
        private string $content = '';

        public static function fake(string $method, string $uri, array $header, string $body): self
        {
            $r = new self();
            $r->server = ['request_method' => $method, 'request_uri' => $uri, 'request_time_float' => microtime(true)];
            $r->header = $header;
            $r->content = $body;
            return $r;
        }

        public function rawContent(): string
        {
            return $this->content;
        }
    }

    class Response
    {
        public int $status = 200;
        public array $headers = [];
        public string $body = '';

        public function status(int $code): void { $this->status = $code; }
        public function header(string $k, string $v): void { $this->headers[$k] = $v; }
        public function end(string $body = ''): void { $this->body = $body; }
    }

    class Server
    {
        private array $callbacks = [];

        public function __construct(public string $host, public int $port) {}

        public function on(string $event, callable $cb): void
        {
            $this->callbacks[$event] = $cb;
        }

        public function start(iterable $replay): void
        {
            ($this->callbacks['start'] ?? static fn () => null)($this);
            foreach ($replay as $request) {
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace App\Unlock {

    final class Scooter
    {
        public function __construct(
            public readonly string $id,
            public int $battery,
            public string $status,
            public readonly string $zone,
        ) {}
    }

    final class FleetRepository
    {
        /** @var array<string, Scooter> */
        private array $scooters = [];

        public function __construct()
        {
            $zones = ['oslo-sentrum', 'oslo-grunerlokka', 'oslo-frogner'];
            for ($i = 0; $i < 40; $i++) {
                $id = sprintf('NO-%04d', 1000 + $i);
                $this->scooters[$id] = new Scooter($id, ($i * 23) % 100, $i % 9 === 0 ? 'maintenance' : ($i % 2 === 0 ? 'reserved' : 'available'), $zones[$i % 3]);
            }
        }

        public function find(string $id): ?Scooter
        {
            return $this->scooters[$id] ?? null;
        }
    }

    final class UnlockCommand
    {
        public function __construct(
            public readonly string $requestId,
            public readonly string $riderId,
            public readonly string $scooterId,
            public readonly float $lat,
            public readonly float $lng,
            public readonly string $deviceId,
            public readonly string $appVersion,
            public readonly string $userAgent,
        ) {}
    }

    final class InflightUnlock
    {
        public function __construct(
            public readonly float $startedAt,
            public readonly string $requestId,
            public readonly string $scooterId,
            public readonly string $riderId,
            public readonly string $client,
            public readonly array $position,
        ) {}
    }

    final class LatencyHistogram
    {
        private const BUCKETS = [0.05, 0.1, 0.25, 0.5, 1.0, 2.5];
        private array $counts = [];

        public function observe(string $outcome, float $seconds): void
        {
            foreach (self::BUCKETS as $le) {
                if ($seconds <= $le) {
                    $this->counts[$outcome][(string) $le] = ($this->counts[$outcome][(string) $le] ?? 0) + 1;
                    return;
                }
            }
            $this->counts[$outcome]['+Inf'] = ($this->counts[$outcome]['+Inf'] ?? 0) + 1;
        }
    }

    trait TracksInflightUnlocks
    {
        /** @var array<array-key, InflightUnlock> shared by every coroutine of this worker */
        private static array $inflight = [];

        abstract protected function inflightKey(UnlockCommand $command): string|int;

        protected function beginInflight(UnlockCommand $command): void
        {
            self::$inflight[$this->inflightKey($command)] = new InflightUnlock( // leak
                microtime(true),
                $command->requestId,
                $command->scooterId,
                $command->riderId,
                $command->appVersion . ' (' . $command->userAgent . ')',
                [
                    'lat' => $command->lat,
                    'lng' => $command->lng,
                    'cell' => sprintf('%.3f,%.3f', $command->lat, $command->lng),
                    'device' => $command->deviceId,
                ],
            );
        }

        protected function finishInflight(UnlockCommand $command): ?float
        {
            $key = $this->inflightKey($command);
            if (!isset(self::$inflight[$key])) {
                return null;
            }
            $elapsed = microtime(true) - self::$inflight[$key]->startedAt;
            unset(self::$inflight[$key]);
            return $elapsed;
        }
    }

    final class UnlockService
    {
        use TracksInflightUnlocks;

        public function __construct(
            private FleetRepository $fleet,
            private LatencyHistogram $latency,
            private int $minBattery = 15,
        ) {}

        protected function inflightKey(UnlockCommand $command): string|int
        {
            // X-Request-Id is set by the API gateway and unique per attempt.
            return 'unlock:' . $command->requestId;
        }

        public function unlock(UnlockCommand $command): array
        {
            $this->beginInflight($command);

            $scooter = $this->fleet->find($command->scooterId);
            if ($scooter === null) {
                return [404, ['error' => 'unknown_scooter']];
            }
            if ($scooter->status !== 'available') {
                return [409, ['error' => 'scooter_' . $scooter->status]];
            }
            if ($scooter->battery < $this->minBattery) {
                return [409, ['error' => 'battery_low', 'battery' => $scooter->battery]];
            }

            $scooter->status = 'available'; // lock opens and relocks in this replay
            $elapsed = $this->finishInflight($command);
            if ($elapsed !== null) {
                $this->latency->observe('unlocked', $elapsed);
            }
            return [200, ['scooter' => $scooter->id, 'battery' => $scooter->battery]];
        }
    }

    final class UnlockController
    {
        public function __construct(private UnlockService $service) {}

        public function __invoke(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $body = json_decode($request->rawContent(), true) ?? [];
            $command = new UnlockCommand(
                $request->header['x-request-id'] ?? bin2hex(random_bytes(8)),
                (string) ($body['rider_id'] ?? ''),
                (string) ($body['scooter_id'] ?? ''),
                (float) ($body['lat'] ?? 0),
                (float) ($body['lng'] ?? 0),
                (string) ($request->header['x-device-id'] ?? ''),
                (string) ($request->header['x-app-version'] ?? ''),
                (string) ($request->header['user-agent'] ?? ''),
            );
            [$status, $payload] = $this->service->unlock($command);
            $response->status($status);
            $response->header('Content-Type', 'application/json');
            $response->end(json_encode($payload));
        }
    }
}

namespace {
    use App\Unlock\FleetRepository;
    use App\Unlock\LatencyHistogram;
    use App\Unlock\UnlockController;
    use App\Unlock\UnlockService;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $controller = new UnlockController(new UnlockService(new FleetRepository(), new LatencyHistogram()));
    $server = new Swoole\Http\Server('0.0.0.0', 9501);
    $server->on('request', $controller);

    $replay = (function () use ($n) {
        $agents = ['okhttp/4.12.0', 'CFNetwork/1494.0.7 Darwin/23.4.0', 'Dalvik/2.1.0 (Linux; U; Android 14)'];
        for ($i = 0; $i < $n; $i++) {
            yield Swoole\Http\Request::fake('POST', '/v2/unlock', [
                'x-request-id' => sprintf('%08x-%04x-4%03x-a%03x-%012x', 0x5f000000 + $i, $i & 0xffff, $i % 4096, ($i * 7) % 4096, $i * 104729),
                'x-device-id' => 'dev_' . md5('device' . ($i % 300)),
                'x-app-version' => 'ScootApp/5.' . ($i % 3) . '.1',
                'user-agent' => $agents[$i % 3],
            ], json_encode([
                'rider_id' => sprintf('rider_%06d', ($i * 31) % 500000),
                'scooter_id' => sprintf('NO-%04d', 1000 + ($i * 11) % 40),
                'lat' => 59.91 + ($i % 50) * 0.0003,
                'lng' => 10.75 + ($i % 70) * 0.0002,
            ]));
        }
    })();

    $server->start($replay);
}
