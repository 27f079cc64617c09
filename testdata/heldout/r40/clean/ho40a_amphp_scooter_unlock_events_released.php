<?php

// AMPHP queue consumer handling "unlock scooter" commands from the rider app.
// The scooter aggregate records domain events; the handler publishes them
// after saving the aggregate.

namespace Amp {
    final class Future
    {
        public function __construct(private mixed $value, private ?\Throwable $error = null) {}

        public function await(): mixed
        {
            if ($this->error) {
                throw $this->error;
            }
            return $this->value;
        }
    }

    // Stand-in: runs the fiber to completion right away.
    function async(\Closure $closure, mixed ...$args): Future
    {
        try {
            return new Future($closure(...$args));
        } catch (\Throwable $e) {
            return new Future(null, $e);
        }
    }
}

namespace Amp\Pipeline {
    final class Queue
    {
        private array $buffer = [];
        private bool $complete = false;

        public function __construct(private int $bufferSize = 0) {}

        public function push(mixed $value): void
        {
            $this->buffer[] = $value;
        }

        public function complete(): void
        {
            $this->complete = true;
        }

        public function iterate(): \Generator
        {
            while ($this->buffer !== []) {
                yield array_shift($this->buffer);
            }
        }
    }
}

namespace App\Fleet {
    trait RecordsDomainEvents
    {
        /** @var list<object> */
        private array $recordedEvents = [];

        protected function record(object $event): void
        {
            $this->recordedEvents[] = $event;
        }

        /** @return list<object> */
        public function peekEvents(): array
        {
            return $this->recordedEvents;
        }

        /** @return list<object> */
        public function releaseEvents(): array
        {
            $events = $this->recordedEvents;
            $this->recordedEvents = [];
            return $events;
        }
    }

    final class ScooterUnlocked
    {
        public function __construct(
            public readonly Scooter $scooter,
            public readonly string $rideId,
            public readonly string $riderId,
            public readonly \DateTimeImmutable $occurredAt,
        ) {}
    }

    final class Scooter
    {
        use RecordsDomainEvents;

        private ?string $currentRide = null;

        public function __construct(
            public readonly string $id,
            public readonly string $model,
            private int $battery,
            private string $lockState,
            private string $position,
            private string $firmware,
        ) {}

        public static function fromRow(array $row): self
        {
            return new self($row['id'], $row['model'], (int) $row['battery'], $row['lock_state'], $row['position'], $row['firmware']);
        }

        public function toRow(): array
        {
            return [
                'id' => $this->id,
                'model' => $this->model,
                'battery' => $this->battery,
                'lock_state' => $this->lockState,
                'position' => $this->position,
                'firmware' => $this->firmware,
                'current_ride' => $this->currentRide,
            ];
        }

        public function unlock(string $rideId, string $riderId, \DateTimeImmutable $at): void
        {
            if ($this->battery < 10) {
                throw new \DomainException("Scooter {$this->id} battery too low");
            }
            $this->lockState = 'unlocked';
            $this->currentRide = $rideId;
            $this->record(new ScooterUnlocked($this, $rideId, $riderId, $at));
        }

        public function battery(): int
        {
            return $this->battery;
        }
    }

    final class ScooterRepository
    {
        public function __construct(private array $rows) {}

        public function get(string $id): Scooter
        {
            return Scooter::fromRow($this->rows[$id] ?? throw new \OutOfBoundsException("Unknown scooter $id"));
        }

        public function save(Scooter $scooter): void
        {
            $row = $scooter->toRow();
            $row['current_ride'] = null; // the trip ends within the replay
            $row['lock_state'] = 'locked';
            $this->rows[$scooter->id] = $row;
        }
    }

    final class EventPublisher
    {
        private int $published = 0;

        public function publish(object $event): void
        {
            $payload = match (true) {
                $event instanceof ScooterUnlocked => [
                    'type' => 'scooter.unlocked',
                    'scooter' => $event->scooter->id,
                    'battery' => $event->scooter->battery(),
                    'ride' => $event->rideId,
                    'rider' => $event->riderId,
                    'at' => $event->occurredAt->format(DATE_ATOM),
                ],
                default => ['type' => $event::class],
            };
            $this->published += strlen(json_encode($payload)) > 0 ? 1 : 0;
        }
    }

    final class UnlockScooterHandler
    {
        public function __construct(private ScooterRepository $scooters, private EventPublisher $events) {}

        public function __invoke(array $command): string
        {
            $scooter = $this->scooters->get($command['scooter_id']);
            $scooter->unlock($command['ride_id'], $command['rider_id'], new \DateTimeImmutable('@' . $command['ts']));
            $this->scooters->save($scooter);

            foreach ($scooter->releaseEvents() as $event) {
                $this->events->publish($event);
            }

            return $command['ride_id'];
        }
    }
}

namespace {
    use Amp\Pipeline\Queue;
    use App\Fleet\EventPublisher;
    use App\Fleet\ScooterRepository;
    use App\Fleet\UnlockScooterHandler;
    use function Amp\async;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $rows = [];
    foreach (range(1, 30) as $k) {
        $id = sprintf('ROM-%03d', $k);
        $rows[$id] = [
            'id' => $id,
            'model' => $k % 2 ? 'Ninebot Max G30' : 'Okai ES400',
            'battery' => 20 + ($k * 7) % 80,
            'lock_state' => 'locked',
            'position' => sprintf('41.%04d,12.%04d', 8900 + $k * 3, 4900 + $k * 5),
            'firmware' => 'iot-2.' . ($k % 5) . '.0',
        ];
    }
    $handler = new UnlockScooterHandler(new ScooterRepository($rows), new EventPublisher());

    $queue = new Queue(32);
    for ($i = 0; $i < $n; $i++) {
        // The broker subscription pushes each delivery into the queue and the
        // consumer drains it before the next delivery is acknowledged.
        $queue->push(json_encode([
            'scooter_id' => sprintf('ROM-%03d', 1 + ($i * 7) % 30),
            'ride_id' => sprintf('ride-%s', substr(sha1('ride' . $i), 0, 20)),
            'rider_id' => sprintf('rider-%06d', ($i * 4099) % 1000000),
            'ts' => 1767225600 + $i * 11,
        ]));

        foreach ($queue->iterate() as $message) {
            $future = async(fn () => $handler(json_decode($message, true)));
            try {
                $future->await();
            } catch (\Throwable $e) {
                // dead-letter
            }
        }
    }
    $queue->complete();
}
