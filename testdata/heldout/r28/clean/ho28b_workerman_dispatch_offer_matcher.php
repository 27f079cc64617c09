<?php
declare(strict_types=1);

// Workerman TCP service that matches delivery jobs to couriers: the order
// service pushes a job, the matcher offers it to the nearest free courier
// and re-offers on a decline until someone accepts.

namespace Workerman\Connection {
    class TcpConnection
    {
        public string $lastSent = '';

        public function __construct(public int $id) {}

        public function send(string $data): bool
        {
            $this->lastSent = $data;
            return true;
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;

    class Worker
    {
        /** @var callable|null */
        public $onWorkerStart = null;
        /** @var callable|null */
        public $onMessage = null;
        public string $name = '';
        public int $count = 1;

        public function __construct(public string $socketName) {}

        public static function runAll(): void
        {
            foreach (self::$workers as $worker) {
                $worker->run();
            }
        }

        /** @var list<Worker> */
        private static array $workers = [];

        public function listen(): void
        {
            self::$workers[] = $this;
        }

        private function run(): void
        {
            if ($this->onWorkerStart) {
                ($this->onWorkerStart)($this);
            }
            $conn = new TcpConnection(1);
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $frame = json_encode([
                    'type' => 'dispatch',
                    'order_id' => 'ord_' . (8800000 + $i),
                    'restaurant_id' => 'rst_' . (100 + $i % 35),
                    'pickup' => [52.35 + ($i % 35) / 1000, 4.87 + ($i % 35) / 800],
                    'dropoff' => [52.36 + ($i * 7 % 97) / 1000, 4.88 + ($i * 11 % 89) / 1000],
                    'address' => sprintf('%s %d, %s', ['Prinsengracht', 'Ferdinand Bolstraat', 'Javastraat', 'Overtoom'][$i % 4], 1 + $i * 13 % 400, ['1017 KH', '1072 LB', '1094 HB', '1054 HN'][$i % 4]),
                    'instructions' => $i % 3 ? 'Leave at the door, do not ring (baby sleeping)' : 'Call on arrival, 3rd floor no lift',
                    'items' => 1 + $i % 6,
                    'ready_at' => 1718200000 + $i * 20,
                ]);
                ($this->onMessage)($conn, $frame);
            }
        }
    }
}

namespace Dispatch {

    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    final class DeliveryJob
    {
        public function __construct(
            public readonly string $orderId,
            public readonly string $restaurantId,
            public readonly array $pickup,
            public readonly array $dropoff,
            public readonly string $address,
            public readonly string $instructions,
            public readonly int $items,
            public readonly int $readyAt,
        ) {}

        public static function fromFrame(array $f): self
        {
            return new self($f['order_id'], $f['restaurant_id'], $f['pickup'], $f['dropoff'], $f['address'], $f['instructions'], $f['items'], $f['ready_at']);
        }
    }

    final class Courier
    {
        public function __construct(
            public readonly string $id,
            public readonly string $vehicle,
            public float $lat,
            public float $lng,
        ) {}
    }

    final class CourierOffer
    {
        public function __construct(
            public readonly string $offerId,
            public readonly DeliveryJob $job,
            public readonly Courier $courier,
            public readonly int $feeCents,
            public readonly int $expiresAt,
            public readonly array $breakdown,
        ) {}
    }

    enum OfferOutcome: string
    {
        case Accepted = 'accepted';
        case Declined = 'declined';
        case Expired = 'expired';
    }

    /** Offers that were pushed to a courier app and await an answer. */
    final class PendingOffers
    {
        private \SplObjectStorage $offers;

        public function __construct()
        {
            $this->offers = new \SplObjectStorage();
        }

        public function track(CourierOffer $offer): void
        {
            $this->offers->attach($offer, ['sent_at' => $offer->job->readyAt, 'attempt' => count($this->offers) + 1]);
        }

        public function resolve(CourierOffer $offer): void
        {
            $this->offers->detach($offer);
        }

        public function isPending(CourierOffer $offer): bool
        {
            return $this->offers->contains($offer);
        }
    }

    /** The fleet on shift, loaded when the worker starts. */
    final class CourierPool
    {
        /** @var array<string, Courier> */
        private array $couriers = [];
        /** @var array<string, int> */
        private array $coolingDownUntil = [];

        public function add(Courier $courier): void
        {
            $this->couriers[$courier->id] = $courier;
        }

        /** @param list<string> $exclude */
        public function nearest(array $pickup, int $at, array $exclude): ?Courier
        {
            $best = null;
            $bestD = INF;
            foreach ($this->couriers as $id => $c) {
                if (in_array($id, $exclude, true) || ($this->coolingDownUntil[$id] ?? 0) > $at) {
                    continue;
                }
                $d = ($c->lat - $pickup[0]) ** 2 + ($c->lng - $pickup[1]) ** 2;
                if ($d < $bestD) {
                    $bestD = $d;
                    $best = $c;
                }
            }
            return $best;
        }

        public function coolDown(string $courierId, int $until): void
        {
            $this->coolingDownUntil[$courierId] = $until;
        }

        public function moveTo(Courier $courier, array $point): void
        {
            [$courier->lat, $courier->lng] = $point;
        }
    }

    final class OfferGateway
    {
        public function push(CourierOffer $offer): OfferOutcome
        {
            $roll = crc32($offer->offerId . $offer->courier->id) % 10;
            return match (true) {
                $roll < 5 => OfferOutcome::Declined,
                $roll < 6 => OfferOutcome::Expired,
                default => OfferOutcome::Accepted,
            };
        }
    }

    final class Metrics
    {
        /** @var array<string, int> */
        private array $counters = [];

        public function increment(string $name): void
        {
            $this->counters[$name] = ($this->counters[$name] ?? 0) + 1;
        }
    }

    final class DispatchMatcher
    {
        private const MAX_ATTEMPTS = 4;

        public function __construct(
            private CourierPool $pool,
            private PendingOffers $pending,
            private OfferGateway $gateway,
            private Metrics $metrics,
        ) {}

        public function dispatch(DeliveryJob $job): ?CourierOffer
        {
            $tried = [];
            for ($attempt = 1; $attempt <= self::MAX_ATTEMPTS; $attempt++) {
                $courier = $this->pool->nearest($job->pickup, $job->readyAt, $tried);
                if ($courier === null) {
                    break;
                }
                $tried[] = $courier->id;
                $offer = $this->makeOffer($job, $courier, $attempt);
                $this->pending->track($offer);

                switch ($this->gateway->push($offer)) {
                    case OfferOutcome::Accepted:
                        $this->pending->resolve($offer);
                        $this->pool->moveTo($courier, $job->dropoff);
                        $this->metrics->increment('offer.accepted');
                        return $offer;
                    case OfferOutcome::Expired:
                        $this->pending->resolve($offer);
                        $this->metrics->increment('offer.expired');
                        break;
                    case OfferOutcome::Declined:
                        $this->pending->resolve($offer);
                        $this->pool->coolDown($courier->id, $job->readyAt + 90);
                        $this->metrics->increment('offer.declined');
                        break;
                }
            }
            $this->metrics->increment('dispatch.unassigned');
            return null;
        }

        private function makeOffer(DeliveryJob $job, Courier $courier, int $attempt): CourierOffer
        {
            $km = sqrt(($job->dropoff[0] - $job->pickup[0]) ** 2 + ($job->dropoff[1] - $job->pickup[1]) ** 2) * 111;
            $base = 350;
            $distance = (int) round($km * 80);
            $boost = ($attempt - 1) * 50;
            return new CourierOffer(
                sprintf('off_%s_%d', $job->orderId, $attempt),
                $job,
                $courier,
                $base + $distance + $boost,
                $job->readyAt + 45,
                ['base' => $base, 'distance' => $distance, 'boost' => $boost, 'currency' => 'EUR', 'note' => "Pickup at {$job->restaurantId}, {$job->items} items"],
            );
        }
    }

    $worker = new Worker('frame://0.0.0.0:7070');
    $worker->name = 'dispatch-matcher';
    $matcher = null;

    $worker->onWorkerStart = function () use (&$matcher): void {
        $pool = new CourierPool();
        for ($c = 0; $c < 40; $c++) {
            $pool->add(new Courier('cou_' . (3000 + $c), $c % 3 ? 'bike' : 'scooter', 52.34 + ($c % 8) / 200, 4.86 + intdiv($c, 8) / 150));
        }
        $matcher = new DispatchMatcher($pool, new PendingOffers(), new OfferGateway(), new Metrics());
    };

    $worker->onMessage = function (TcpConnection $connection, string $frame) use (&$matcher): void {
        $data = json_decode($frame, true);
        $offer = $matcher->dispatch(DeliveryJob::fromFrame($data));
        $connection->send(json_encode($offer === null
            ? ['order_id' => $data['order_id'], 'status' => 'unassigned']
            : ['order_id' => $data['order_id'], 'status' => 'assigned', 'courier' => $offer->courier->id, 'fee' => $offer->feeCents]));
    };

    $worker->listen();
    Worker::runAll();
}
