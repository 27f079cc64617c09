<?php

declare(strict_types=1);

// Workerman TCP worker that receives reservation pushes from OTAs through
// the channel manager and maps them onto the PMS's own rooms and rate plans.

namespace Workerman {
    class TcpConnection
    {
        public int $id;
        private static int $nextId = 1;

        public function __construct()
        {
            $this->id = self::$nextId++;
        }

        public function send(string $data): bool
        {
            return true;
        }
    }

    /** Stand-in for Workerman\Worker: runAll() delivers PHPLEAK_N frames. */
    class Worker
    {
        public $onWorkerStart = null;
        public $onMessage = null;
        public string $name = 'none';
        public int $count = 1;
        /** @var callable */
        public static $frameSource;

        public function __construct(public readonly string $socketName)
        {
        }

        public static function runAll(Worker ...$workers): void
        {
            foreach ($workers as $w) {
                $w->onWorkerStart && ($w->onWorkerStart)($w);
            }
            $connection = new TcpConnection();
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                foreach ($workers as $w) {
                    ($w->onMessage)($connection, (self::$frameSource)($i));
                }
            }
        }
    }
}

namespace Pms\ChannelSync {

    use Closure;

    final class ChannelMappingService
    {
        /**
         * @param array<string, array<string, array{room: int, plans: array<string, string>}>> $mappings
         *        per channel: OTA room code => PMS room id and rate-plan map, loaded at boot
         */
        public function __construct(private readonly array $mappings)
        {
        }

        public function channels(): array
        {
            return array_keys($this->mappings);
        }

        /**
         * Resolving a reservation against the mapping walks overrides and
         * derived plans, so the consumer keeps a resolver per channel that
         * remembers what it already resolved.
         */
        public function makeRoomResolver(string $channel): Closure
        {
            $resolved = [];
            $map = $this->mappings[$channel];

            return function (array $reservation) use ($channel, $map, &$resolved): array {
                $key = $this->resolutionKey($channel, $reservation);

                return $resolved[$key] ??= $this->resolve($map, $channel, $reservation); // leak
            };
        }

        private function resolutionKey(string $channel, array $reservation): string
        {
            return sprintf('%s/%s/%s/%s', $channel, $reservation['reservation_id'], $reservation['room_code'], $reservation['rate_plan']);
        }

        private function resolve(array $map, string $channel, array $reservation): array
        {
            $room = $map[$reservation['room_code']] ?? ['room' => 0, 'plans' => []];

            return [
                'pms_room_id' => $room['room'],
                'pms_rate_plan' => $room['plans'][$reservation['rate_plan']] ?? 'BAR',
                'arrival' => $reservation['arrival'],
                'departure' => $reservation['departure'],
                'guest' => $reservation['guest']['name'] . ' <' . $reservation['guest']['email'] . '>',
                'note' => sprintf(
                    '%s reservation %s mapped %s/%s to room %d (%s), remarks: %s',
                    strtoupper($channel),
                    $reservation['reservation_id'],
                    $reservation['room_code'],
                    $reservation['rate_plan'],
                    $room['room'],
                    $room['plans'][$reservation['rate_plan']] ?? 'BAR',
                    $reservation['remarks'],
                ),
            ];
        }
    }

    final class ReservationPushConsumer
    {
        /** @var array<string, Closure> */
        private array $resolvers = [];

        /** @var array<string, int> */
        private array $processed = [];

        public function __construct(private readonly ChannelMappingService $mapping)
        {
        }

        public function boot(): void
        {
            foreach ($this->mapping->channels() as $channel) {
                $this->resolvers[$channel] = $this->mapping->makeRoomResolver($channel);
                $this->processed[$channel] = 0;
            }
        }

        public function onFrame(string $frame): string
        {
            $push = json_decode($frame, true, 16, JSON_THROW_ON_ERROR);
            $resolver = $this->resolvers[$push['channel']] ?? null;
            if ($resolver === null) {
                return json_encode(['ack' => false, 'error' => 'unknown channel']);
            }
            $mapped = [];
            foreach ($push['reservations'] as $reservation) {
                $mapped[] = $resolver($reservation);
            }
            $this->processed[$push['channel']] += count($mapped);

            return json_encode(['ack' => true, 'batch' => $push['batch_id'], 'rooms' => array_column($mapped, 'pms_room_id')]);
        }
    }
}

namespace {

    use Pms\ChannelSync\ChannelMappingService;
    use Pms\ChannelSync\ReservationPushConsumer;
    use Workerman\TcpConnection;
    use Workerman\Worker;

    $consumer = new ReservationPushConsumer(new ChannelMappingService([
        'booking' => ['DBL-STD' => ['room' => 11, 'plans' => ['NR' => 'NONREF', 'FLEX' => 'BAR']], 'TWN-STD' => ['room' => 12, 'plans' => ['FLEX' => 'BAR']]],
        'expedia' => ['200145' => ['room' => 11, 'plans' => ['2110' => 'BAR', '2111' => 'PKG']], '200146' => ['room' => 14, 'plans' => ['2110' => 'BAR']]],
        'airbnb' => ['entire' => ['room' => 30, 'plans' => ['std' => 'BAR']]],
    ]));

    $worker = new Worker('tcp://0.0.0.0:7311');
    $worker->name = 'channel-sync';
    $worker->onWorkerStart = static function () use ($consumer): void {
        $consumer->boot();
    };
    $worker->onMessage = static function (TcpConnection $connection, string $frame) use ($consumer): void {
        $connection->send($consumer->onFrame($frame));
    };

    Worker::$frameSource = static function (int $i): string {
        $channel = ['booking', 'expedia', 'airbnb'][$i % 3];
        $codes = ['booking' => ['DBL-STD', 'NR'], 'expedia' => ['200145', '2111'], 'airbnb' => ['entire', 'std']][$channel];
        $arrival = 1767225600 + 86400 * ($i % 120);

        return json_encode([
            'channel' => $channel,
            'batch_id' => 'b' . (50000 + $i),
            'reservations' => [[
                'reservation_id' => (string) (4100000000 + $i * 13),
                'room_code' => $codes[0],
                'rate_plan' => $codes[1],
                'arrival' => date('Y-m-d', $arrival),
                'departure' => date('Y-m-d', $arrival + 86400 * (1 + $i % 4)),
                'guest' => ['name' => "Guest {$i}", 'email' => "g{$i}@guest.{$channel}.example"],
                'remarks' => $i % 2 ? 'Late arrival, around 23:00' : 'Quiet room away from the lift if possible',
            ]],
        ]);
    };

    Worker::runAll($worker);
}
