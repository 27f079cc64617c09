<?php

declare(strict_types=1);

namespace Psr\Http\Message {

    interface ServerRequestInterface
    {
        public function getMethod(): string;

        public function getQueryParams(): array;

        public function getBody(): string;

        public function getHeaderLine(string $name): string;
    }

    interface ResponseInterface
    {
        public function getStatusCode(): int;
    }
}

namespace React\EventLoop {

    final class Loop
    {
        private static array $readers = [];
        private static array $timers = [];
        private static bool $running = false;

        public static function addReadStream(string $id, callable $listener): void
        {
            self::$readers[$id] = $listener;
        }

        public static function removeReadStream(string $id): void
        {
            unset(self::$readers[$id]);
        }

        public static function addPeriodicTimer(float $interval, callable $callback): object
        {
            $timer = new class ($interval) {
                public function __construct(public readonly float $interval)
                {
                }
            };
            self::$timers[spl_object_id($timer)] = [$timer, $callback];

            return $timer;
        }

        public static function run(): void
        {
            self::$running = true;
            $ticks = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($tick = 0; $tick < $ticks && self::$running; $tick++) {
                foreach (self::$readers as $listener) {
                    $listener($tick);
                }
                if ($tick % 50 === 49) {
                    foreach (self::$timers as [$timer, $callback]) {
                        $callback($timer);
                    }
                }
            }
        }

        public static function stop(): void
        {
            self::$running = false;
        }
    }
}

namespace React\Http\Message {

    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    final class ServerRequest implements ServerRequestInterface
    {
        public function __construct(
            private readonly string $method,
            private readonly array $query,
            private readonly string $body,
            private readonly array $headers = [],
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getQueryParams(): array
        {
            return $this->query;
        }

        public function getBody(): string
        {
            return $this->body;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }
    }

    final class Response implements ResponseInterface
    {
        public function __construct(
            private readonly int $status = 200,
            private readonly array $headers = [],
            private readonly string $body = '',
        ) {
        }

        public static function json(mixed $data): self
        {
            return new self(200, ['Content-Type' => 'application/json'], json_encode($data, JSON_THROW_ON_ERROR));
        }

        public function getStatusCode(): int
        {
            return $this->status;
        }
    }
}

namespace React\Socket {

    final class SocketServer
    {
        public function __construct(public readonly string $uri)
        {
        }
    }
}

namespace React\Http {

    use React\EventLoop\Loop;
    use React\Http\Message\ServerRequest;
    use React\Socket\SocketServer;

    final class HttpServer
    {
        private $handler;

        public function __construct(callable $requestHandler)
        {
            $this->handler = $requestHandler;
        }

        public function listen(SocketServer $socket): void
        {
            Loop::addReadStream($socket->uri, function (int $tick): void {
                $vehicle = sprintf('veh-%04d', $tick % 97);
                $body = json_encode([
                    'vehicle' => $vehicle,
                    'segment' => 'seg-' . (4100 + $tick % 40),
                    'speed_kph' => 18 + ($tick * 7) % 60,
                    'heading' => ($tick * 37) % 360,
                    'lat' => 52.37 + ($tick % 300) / 10000,
                    'lon' => 4.89 + ($tick % 170) / 10000,
                    'recorded_at' => gmdate('Y-m-d\TH:i:s\Z', 1_700_000_000 + $tick * 5),
                    'route' => array_map(fn (int $k): string => 'seg-' . (4100 + ($tick + $k) % 40), range(0, 5)),
                ]);
                ($this->handler)(new ServerRequest('POST', ['dest' => 'hub-' . ($tick % 5)], $body, ['content-type' => 'application/json']));
            });
        }
    }
}

namespace Fleet\Eta {

    final class ProbeReading
    {
        public function __construct(
            public readonly string $vehicleId,
            public readonly string $segmentId,
            public readonly float $speedKph,
            public readonly int $heading,
            public readonly float $lat,
            public readonly float $lon,
            public readonly string $recordedAt,
            public readonly array $route,
            public readonly string $raw,
        ) {
        }

        public static function fromJson(string $raw): self
        {
            $d = json_decode($raw, true, 8, JSON_THROW_ON_ERROR);

            return new self(
                $d['vehicle'],
                $d['segment'],
                (float) $d['speed_kph'],
                (int) $d['heading'],
                (float) $d['lat'],
                (float) $d['lon'],
                $d['recorded_at'],
                $d['route'],
                $raw,
            );
        }
    }

    final class SegmentCatalog
    {
        /** @param array<string, array{length_m: int, free_flow_kph: float}> $segments */
        public function __construct(private readonly array $segments)
        {
        }

        public static function generated(int $count): self
        {
            $segments = [];
            for ($i = 0; $i < $count; $i++) {
                $segments['seg-' . (4100 + $i)] = ['length_m' => 250 + ($i * 53) % 900, 'free_flow_kph' => 30.0 + ($i % 4) * 15];
            }

            return new self($segments);
        }

        public function lengthOf(string $segmentId): int
        {
            return $this->segments[$segmentId]['length_m'] ?? 500;
        }

        public function freeFlowOf(string $segmentId): float
        {
            return $this->segments[$segmentId]['free_flow_kph'] ?? 50.0;
        }
    }

    final class EtaEstimator
    {
        public function __construct(private readonly SegmentCatalog $catalog)
        {
        }

        /**
         * @param list<string> $route
         * @param array<string, list<ProbeReading>> $window
         */
        public function secondsFor(array $route, array $window): int
        {
            $seconds = 0.0;
            foreach ($route as $segmentId) {
                $speed = $this->medianSpeed($window[$segmentId] ?? []) ?? $this->catalog->freeFlowOf($segmentId);
                $seconds += $this->catalog->lengthOf($segmentId) / max(5.0, $speed) * 3.6;
            }

            return (int) round($seconds);
        }

        /** @param list<ProbeReading> $readings */
        private function medianSpeed(array $readings): ?float
        {
            if ($readings === []) {
                return null;
            }
            $speeds = array_map(fn (ProbeReading $r): float => $r->speedKph, $readings);
            sort($speeds);

            return $speeds[intdiv(count($speeds), 2)];
        }
    }
}

namespace {

    use Fleet\Eta\EtaEstimator;
    use Fleet\Eta\ProbeReading;
    use Fleet\Eta\SegmentCatalog;
    use Psr\Http\Message\ServerRequestInterface;
    use React\EventLoop\Loop;
    use React\Http\HttpServer;
    use React\Http\Message\Response;
    use React\Socket\SocketServer;

    $catalog = SegmentCatalog::generated(40);
    $estimator = new EtaEstimator($catalog);

    // Probe readings per segment, seeded from the last export so the first
    // requests after a deploy do not fall back to free-flow speeds.
    $window = [];
    foreach (['seg-4100' => 42.0, 'seg-4101' => 37.5, 'seg-4102' => 55.0] as $segmentId => $kph) {
        $window[$segmentId][] = new ProbeReading('seed', $segmentId, $kph, 0, 0.0, 0.0, '1970-01-01T00:00:00Z', [], '');
    }
    $served = 0;

    $http = new HttpServer(function (ServerRequestInterface $request) use ($estimator, &$window, &$served): Response {
        $probe = ProbeReading::fromJson($request->getBody());
        $window[$probe->segmentId][] = $probe; // leak
        $served++;

        return Response::json([
            'vehicle' => $probe->vehicleId,
            'destination' => $request->getQueryParams()['dest'] ?? null,
            'eta_seconds' => $estimator->secondsFor($probe->route, $window),
        ]);
    });
    $http->listen(new SocketServer('0.0.0.0:8080'));

    Loop::addPeriodicTimer(60.0, function () use (&$served): void {
        $served = 0;
    });

    Loop::run();
}
