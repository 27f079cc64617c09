<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Attribute {

    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD | \Attribute::IS_REPEATABLE)]
    class AsMessageHandler
    {
        public function __construct(
            public ?string $bus = null,
            public ?string $fromTransport = null,
            public ?string $handles = null,
            public ?string $method = null,
            public int $priority = 0,
        ) {
        }
    }
}

namespace Symfony\Component\Messenger {

    final class Envelope
    {
        private array $stamps = [];

        public function __construct(private readonly object $message, array $stamps = [])
        {
            foreach ($stamps as $stamp) {
                $this->stamps[$stamp::class][] = $stamp;
            }
        }

        public function with(object ...$stamps): self
        {
            $cloned = clone $this;
            foreach ($stamps as $stamp) {
                $cloned->stamps[$stamp::class][] = $stamp;
            }

            return $cloned;
        }

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    interface MessageBusInterface
    {
        public function dispatch(object $message, array $stamps = []): Envelope;
    }

    final class MessageBus implements MessageBusInterface
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private readonly array $handlers)
        {
        }

        public function dispatch(object $message, array $stamps = []): Envelope
        {
            $envelope = $message instanceof Envelope ? $message : new Envelope($message, $stamps);
            foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
                $handler($envelope->getMessage());
            }

            return $envelope;
        }
    }

    interface ReceiverInterface
    {
        public function get(): iterable;

        public function ack(Envelope $envelope): void;
    }

    final class Worker
    {
        private bool $shouldStop = false;

        /** @param array<string, ReceiverInterface> $receivers */
        public function __construct(private readonly array $receivers, private readonly MessageBusInterface $bus)
        {
        }

        public function run(array $options = []): void
        {
            while (!$this->shouldStop) {
                $handled = false;
                foreach ($this->receivers as $name => $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $handled = true;
                        $this->bus->dispatch($envelope->with(new Stamp\ReceivedStamp($name)));
                        $receiver->ack($envelope);
                    }
                }
                if (!$handled && ($options['stop_when_empty'] ?? false)) {
                    $this->shouldStop = true;
                }
            }
        }
    }
}

namespace Symfony\Component\Messenger\Stamp {

    final class ReceivedStamp
    {
        public function __construct(public readonly string $transportName)
        {
        }
    }
}

namespace Symfony\Component\Messenger\Bridge\Doctrine\Transport {

    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\ReceiverInterface;

    /** messenger_messages table of the "planning" transport, as recorded from production. */
    final class DoctrineReceiver implements ReceiverInterface
    {
        private int $fetched = 0;
        private int $acked = 0;
        private readonly int $rows;

        public function __construct(private readonly \Closure $decode)
        {
            $this->rows = (int) (getenv('PHPLEAK_N') ?: 100);
        }

        public function get(): iterable
        {
            return $this->fetched < $this->rows ? [new Envelope(($this->decode)($this->fetched++))] : [];
        }

        public function ack(Envelope $envelope): void
        {
            $this->acked++;
        }
    }
}

namespace App\Planning {

    final class Stop
    {
        public function __construct(
            public readonly string $code,
            public readonly string $name,
            public readonly float $lat,
            public readonly float $lon,
            public readonly int $dwellSeconds,
        ) {
        }

        public function metresTo(self $other): float
        {
            $dLat = deg2rad($other->lat - $this->lat);
            $dLon = deg2rad($other->lon - $this->lon);
            $h = sin($dLat / 2) ** 2 + cos(deg2rad($this->lat)) * cos(deg2rad($other->lat)) * sin($dLon / 2) ** 2;

            return 12_742_000 * asin(min(1.0, sqrt($h)));
        }
    }

    final class VehicleProfile
    {
        public function __construct(
            public readonly string $name,
            public readonly float $cruiseKph,
            public readonly float $walkKph,
            public readonly float $detourFactor,
        ) {
        }
    }

    abstract class Leg
    {
        protected readonly VehicleProfile $profile;

        public function __construct(
            TripPlan $plan,
            public readonly Stop $from,
            public readonly Stop $to,
        ) {
            $this->profile = $plan->profile();
        }

        abstract public function mode(): string;

        abstract public function durationSeconds(): int;

        public function distanceMetres(): float
        {
            return $this->from->metresTo($this->to) * $this->profile->detourFactor;
        }

        public function toArray(): array
        {
            return [
                'mode' => $this->mode(),
                'from' => $this->from->code,
                'to' => $this->to->code,
                'distance_m' => (int) round($this->distanceMetres()),
                'duration_s' => $this->durationSeconds(),
            ];
        }
    }

    final class DriveLeg extends Leg
    {
        public function mode(): string
        {
            return 'drive';
        }

        public function durationSeconds(): int
        {
            return (int) round($this->distanceMetres() / ($this->profile->cruiseKph / 3.6)) + $this->to->dwellSeconds;
        }
    }

    final class WalkLeg extends Leg
    {
        public function mode(): string
        {
            return 'walk';
        }

        public function durationSeconds(): int
        {
            return (int) round($this->distanceMetres() / ($this->profile->walkKph / 3.6));
        }
    }

    final class FerryLeg extends Leg
    {
        private const FERRY_KPH = 22.0;
        private const BOARDING_SECONDS = 900;

        public function mode(): string
        {
            return 'ferry';
        }

        public function durationSeconds(): int
        {
            return self::BOARDING_SECONDS + (int) round($this->from->metresTo($this->to) / (self::FERRY_KPH / 3.6));
        }
    }

    final class LegFactory
    {
        private const MODES = ['drive' => DriveLeg::class, 'walk' => WalkLeg::class, 'ferry' => FerryLeg::class];

        public function create(string $mode, TripPlan $plan, Stop $from, Stop $to): Leg
        {
            $class = self::MODES[$mode] ?? DriveLeg::class;

            return new $class($plan, $from, $to);
        }
    }

    final class TripPlan
    {
        /** @var list<Leg> */
        private array $legs = [];

        public function __construct(
            public readonly string $tripId,
            private readonly VehicleProfile $profile,
            private readonly LegFactory $legFactory,
            public readonly int $departureTs,
        ) {
        }

        public function profile(): VehicleProfile
        {
            return $this->profile;
        }

        public function addLeg(string $mode, Stop $from, Stop $to): Leg
        {
            $leg = $this->legFactory->create($mode, $this, $from, $to);
            $this->legs[] = $leg;

            return $leg;
        }

        /** @return array<string, int> stop code => arrival timestamp */
        public function arrivals(): array
        {
            $t = $this->departureTs;
            $arrivals = [];
            foreach ($this->legs as $leg) {
                $t += $leg->durationSeconds();
                $arrivals[$leg->to->code] = $t;
            }

            return $arrivals;
        }

        /** @return list<array<string, mixed>> */
        public function legs(): array
        {
            return array_map(fn (Leg $leg): array => $leg->toArray(), $this->legs);
        }
    }

    final class StopRegistry
    {
        /** @var array<string, Stop> */
        private array $stops = [];

        public function __construct()
        {
            $names = ['Depot Nord', 'Gare Centrale', 'Quai Est', 'Marché Couvert', 'Hôpital Sud', 'Campus', 'Zone Artisanale', 'Port de Plaisance'];
            foreach ($names as $i => $name) {
                $code = sprintf('S%03d', $i + 1);
                $this->stops[$code] = new Stop($code, $name, 47.20 + $i * 0.011, -1.57 + ($i % 3) * 0.017, 60 + ($i % 4) * 30);
            }
        }

        public function get(string $code): ?Stop
        {
            return $this->stops[$code] ?? null;
        }
    }
}

namespace App\Message {

    final class RecalculateTripEta
    {
        /** @param list<array{stop: string, mode: string}> $itinerary */
        public function __construct(
            public readonly string $tripId,
            public readonly string $vehicleProfile,
            public readonly int $departureTs,
            public readonly array $itinerary,
        ) {
        }
    }
}

namespace App\MessageHandler {

    use App\Message\RecalculateTripEta;
    use App\Planning\LegFactory;
    use App\Planning\StopRegistry;
    use App\Planning\TripPlan;
    use App\Planning\VehicleProfile;
    use App\Notification\EtaPublisher;
    use Symfony\Component\Messenger\Attribute\AsMessageHandler;

    #[AsMessageHandler(fromTransport: 'planning')]
    final class RecalculateTripEtaHandler
    {
        /** @param array<string, VehicleProfile> $profiles */
        public function __construct(
            private readonly StopRegistry $stops,
            private readonly LegFactory $legFactory,
            private readonly array $profiles,
            private readonly EtaPublisher $publisher,
        ) {
        }

        public function __invoke(RecalculateTripEta $message): void
        {
            $profile = $this->profiles[$message->vehicleProfile] ?? $this->profiles['van'];
            $plan = new TripPlan($message->tripId, $profile, $this->legFactory, $message->departureTs);

            $previous = null;
            foreach ($message->itinerary as $step) {
                $stop = $this->stops->get($step['stop']);
                if ($stop === null) {
                    continue;
                }
                if ($previous !== null) {
                    $plan->addLeg($step['mode'], $previous, $stop);
                }
                $previous = $stop;
            }

            $this->publisher->publish($plan->tripId, $plan->arrivals(), $plan->legs());
        }
    }
}

namespace App\Notification {

    /** Pushes ETAs to the passenger app gateway (one frame per trip update). */
    final class EtaPublisher
    {
        private int $frames = 0;
        private int $bytes = 0;

        public function publish(string $tripId, array $arrivals, array $legs): void
        {
            $frame = json_encode(['trip' => $tripId, 'arrivals' => $arrivals, 'legs' => $legs], JSON_THROW_ON_ERROR);
            $this->frames++;
            $this->bytes += strlen($frame);
        }
    }
}

namespace {

    use App\Message\RecalculateTripEta;
    use App\MessageHandler\RecalculateTripEtaHandler;
    use App\Notification\EtaPublisher;
    use App\Planning\LegFactory;
    use App\Planning\StopRegistry;
    use App\Planning\VehicleProfile;
    use Symfony\Component\Messenger\Bridge\Doctrine\Transport\DoctrineReceiver;
    use Symfony\Component\Messenger\MessageBus;
    use Symfony\Component\Messenger\Worker;

    // services.yaml, as the container dumps it
    $services = [];
    $services[StopRegistry::class] = new StopRegistry();
    $services[LegFactory::class] = new LegFactory();
    $services[EtaPublisher::class] = new EtaPublisher();
    $services[RecalculateTripEtaHandler::class] = new RecalculateTripEtaHandler(
        $services[StopRegistry::class],
        $services[LegFactory::class],
        [
            'van' => new VehicleProfile('van', 38.0, 4.5, 1.3),
            'cargo_bike' => new VehicleProfile('cargo_bike', 17.0, 4.5, 1.15),
        ],
        $services[EtaPublisher::class],
    );

    $bus = new MessageBus([
        RecalculateTripEta::class => [$services[RecalculateTripEtaHandler::class]],
    ]);

    $receiver = new DoctrineReceiver(static function (int $row): RecalculateTripEta {
        $itinerary = [];
        for ($k = 0; $k < 4; $k++) {
            $itinerary[] = ['stop' => sprintf('S%03d', 1 + ($row + $k * 3) % 8), 'mode' => ['drive', 'drive', 'walk', 'ferry'][($row + $k) % 4]];
        }

        return new RecalculateTripEta(sprintf('T-%05d', $row), $row % 3 === 0 ? 'cargo_bike' : 'van', 1_718_000_000 + $row * 45, $itinerary);
    });

    (new Worker(['planning' => $receiver], $bus))->run(['stop_when_empty' => true]);
}
