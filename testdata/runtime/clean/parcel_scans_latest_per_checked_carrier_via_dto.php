<?php
// A parcel tracking webhook consumer: each carrier posts scan events;
// the worker keeps the latest scan of each carrier it works with, for the
// status page. Events from carriers it does not work with are dropped.

namespace Tracking {
    final class LatestScan
    {
        public function __construct(
            public readonly string $carrier,
            public readonly string $parcel,
            public readonly string $status,
            public readonly string $payload,
        ) {
        }
    }

    final class ScanEvent
    {
        public function __construct(
            public readonly string $carrier,
            public readonly string $parcel,
            public readonly string $status,
            public readonly string $raw,
        ) {
        }

        public static function fromJson(string $json): self
        {
            $data = json_decode($json, true, 8, JSON_THROW_ON_ERROR);

            return new self((string) $data['carrier'], (string) $data['parcel'], (string) $data['status'], $json);
        }

        public function toLatest(): LatestScan
        {
            return new LatestScan((string) $this->carrier, $this->parcel, $this->status, $this->raw);
        }
    }

    final class StatusBoard
    {
        /** @var array<string, LatestScan> */
        private array $latest = [];

        public function put(LatestScan $scan): void
        {
            $this->latest[$scan->carrier] = $scan;
        }

        public function size(): int
        {
            return count($this->latest);
        }
    }

    final class ScanWebhook
    {
        private const CARRIERS = ['dhl', 'ups', 'fedex', 'gls', 'dpd'];

        public function __construct(private readonly StatusBoard $board)
        {
        }

        public function handle(ScanEvent $event): int
        {
            if (!in_array($event->carrier, self::CARRIERS, true)) {
                return 202;
            }
            $this->board->put($event->toLatest());

            return 200;
        }
    }
}

namespace {
    use Tracking\ScanEvent;
    use Tracking\ScanWebhook;
    use Tracking\StatusBoard;

    $webhook = new ScanWebhook(new StatusBoard());
    $carriers = ['dhl', 'ups', 'fedex', 'gls', 'dpd', 'acme'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $body = json_encode(['carrier' => $carriers[$i % 6], 'parcel' => 'PX' . (100000 + $i), 'status' => 'in_transit', 'trail' => str_repeat('hub-' . $i . ';', 60)]);
        $webhook->handle(ScanEvent::fromJson($body));
    }
}
