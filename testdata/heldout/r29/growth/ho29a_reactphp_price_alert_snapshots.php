<?php

declare(strict_types=1);

// ReactPHP HTTP service where travellers subscribe to fare-drop alerts.
// On subscribe we quote the route once and remember the snapshot so the
// next check only notifies on a real drop.

namespace React\Http {
    final class ServerRequest
    {
        public function __construct(
            private readonly string $method,
            private readonly string $path,
            private readonly array $parsedBody,
            private readonly array $headers,
        ) {
        }

        public function getMethod(): string { return $this->method; }
        public function getPath(): string { return $this->path; }
        public function getParsedBody(): array { return $this->parsedBody; }
        public function getHeaderLine(string $name): string { return $this->headers[strtolower($name)] ?? ''; }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly array $headers, public readonly string $body)
        {
        }

        public static function json(array $data, int $status = 200): self
        {
            return new self($status, ['Content-Type' => 'application/json'], json_encode($data));
        }
    }

    /** Stand-in for React\Http\HttpServer: serve() replays the requests the loop would deliver. */
    final class HttpServer
    {
        /** @var callable */
        private $handler;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        public function serve(iterable $requests): void
        {
            foreach ($requests as $request) {
                ($this->handler)($request);
            }
        }
    }
}

namespace FareWatch {

    enum Cabin: string
    {
        case Economy = 'Y';
        case Premium = 'W';
        case Business = 'J';
    }

    enum MonitoredRoute: string
    {
        case LisbonFunchal = 'LIS-FNC';
        case LisbonPontaDelgada = 'LIS-PDL';
        case PortoParis = 'OPO-CDG';
        case FaroLondon = 'FAO-LGW';
    }

    final class PriceAlert
    {
        public function __construct(
            public readonly string $subscriberId,
            public readonly string $email,
            public readonly MonitoredRoute $route,
            public readonly Cabin $cabin,
            public readonly float $threshold,
            public readonly string $travelMonth,
        ) {
        }
    }

    final class FareSnapshot
    {
        public function __construct(
            public readonly float $lowest,
            public readonly string $currency,
            public readonly string $carrier,
            public readonly string $fareBasis,
            public readonly array $legs,
            public readonly string $conditions,
            public readonly int $quotedAt,
        ) {
        }
    }

    final class FareQuoter
    {
        public function quote(MonitoredRoute $route, Cabin $cabin, string $month): FareSnapshot
        {
            [$from, $to] = explode('-', $route->value);
            $base = ['Y' => 79.0, 'W' => 189.0, 'J' => 420.0][$cabin->value] + crc32($route->value . $month) % 60;

            return new FareSnapshot(
                lowest: $base,
                currency: 'EUR',
                carrier: ['TP', 'FR', 'U2', 'S4'][crc32($route->value) % 4],
                fareBasis: $cabin->value . 'LOWEU' . strtoupper(substr($month, 5, 2)),
                legs: [
                    ['from' => $from, 'to' => $to, 'month' => $month],
                    ['from' => $to, 'to' => $from, 'month' => $month],
                ],
                conditions: sprintf('Fare %s %s/%s: changes permitted for a fee, non-refundable, one cabin bag included, seat selection charged, valid for travel in %s.', $cabin->name, $from, $to, $month),
                quotedAt: time(),
            );
        }
    }

    function alert_snapshot_key(PriceAlert $alert): string
    {
        return "{$alert->subscriberId}:{$alert->route->value}:{$alert->cabin->value}:{$alert->travelMonth}";
    }

    /**
     * Last snapshot quoted for an alert; the checker compares against it.
     */
    function alert_snapshot(PriceAlert $alert, FareQuoter $quoter, bool $refresh = false): FareSnapshot
    {
        static $snapshots = [];

        $key = alert_snapshot_key($alert);
        if ($refresh || !isset($snapshots[$key])) {
            $snapshots[$key] = $quoter->quote($alert->route, $alert->cabin, $alert->travelMonth); // leak
        }

        return $snapshots[$key];
    }

    final class SubscribeController
    {
        public function __construct(private readonly FareQuoter $quoter)
        {
        }

        public function __invoke(\React\Http\ServerRequest $request): \React\Http\Response
        {
            $body = $request->getParsedBody();
            $route = MonitoredRoute::tryFrom(strtoupper((string) ($body['route'] ?? '')));
            $cabin = Cabin::tryFrom((string) ($body['cabin'] ?? 'Y'));
            if ($route === null || $cabin === null) {
                return \React\Http\Response::json(['error' => 'route or cabin not monitored'], 422);
            }
            $month = preg_match('/^\d{4}-\d{2}$/', (string) ($body['month'] ?? '')) ? $body['month'] : date('Y-m');
            $alert = new PriceAlert(
                subscriberId: (string) $body['subscriber_id'],
                email: (string) $body['email'],
                route: $route,
                cabin: $cabin,
                threshold: (float) $body['threshold'],
                travelMonth: $month,
            );
            $snapshot = alert_snapshot($alert, $this->quoter);

            return \React\Http\Response::json([
                'subscribed' => true,
                'route' => $route->value,
                'current' => $snapshot->lowest,
                'already_below' => $snapshot->lowest <= $alert->threshold,
            ], 201);
        }
    }
}

namespace {

    use FareWatch\FareQuoter;
    use FareWatch\SubscribeController;
    use React\Http\HttpServer;
    use React\Http\ServerRequest;

    $server = new HttpServer(new SubscribeController(new FareQuoter()));

    $requests = (static function (int $n): Generator {
        $routes = ['LIS-FNC', 'lis-pdl', 'OPO-CDG', 'FAO-LGW', 'LIS-JFK'];
        for ($i = 0; $i < $n; $i++) {
            yield new ServerRequest('POST', '/alerts', [
                'subscriber_id' => 'sub_' . dechex(0x10000 + $i * 31),
                'email' => "traveller{$i}@mail.example",
                'route' => $routes[$i % 5 === 4 ? $i % 4 : $i % 5],
                'cabin' => ['Y', 'Y', 'W', 'J'][$i % 4],
                'threshold' => (string) (60 + $i % 200),
                'month' => '2026-' . sprintf('%02d', 1 + $i % 12),
            ], ['user-agent' => 'FareWatchApp/3.4']);
        }
    })((int) (getenv('PHPLEAK_N') ?: 100));

    $server->serve($requests);
}
