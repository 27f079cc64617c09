<?php

// messenger:consume worker for IoT geofence breaches reported by scooters.
// Symfony Messenger is replaced by a small stand-in with the same event flow.

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(private object $message, private array $stamps = []) {}
        public function getMessage(): object { return $this->message; }
        public function all(): array { return $this->stamps; }
    }
}

namespace Symfony\Component\Messenger\Event {
    use Symfony\Component\Messenger\Envelope;

    final class WorkerMessageHandledEvent
    {
        public function __construct(private Envelope $envelope, private string $receiverName) {}
        public function getEnvelope(): Envelope { return $this->envelope; }
        public function getReceiverName(): string { return $this->receiverName; }
    }

    final class WorkerRunningEvent
    {
        public function __construct(private bool $isWorkerIdle) {}
        public function isWorkerIdle(): bool { return $this->isWorkerIdle; }
    }

    final class WorkerStoppedEvent {}
}

namespace Symfony\Component\EventDispatcher {
    final class EventDispatcher
    {
        private array $listeners = [];

        public function addSubscriber(object $subscriber): void
        {
            foreach ($subscriber::getSubscribedEvents() as $event => $method) {
                $this->listeners[$event][] = [$subscriber, $method];
            }
        }

        public function dispatch(object $event): object
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }
            return $event;
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
    use Symfony\Component\Messenger\Event\WorkerRunningEvent;
    use Symfony\Component\Messenger\Event\WorkerStoppedEvent;

    final class Worker
    {
        private bool $shouldStop = false;
        private int $handled = 0;

        public function __construct(
            private array $receivers,
            private array $handlers,
            private EventDispatcher $dispatcher,
            private int $messageLimit,
        ) {}

        public function run(): void
        {
            while (!$this->shouldStop) {
                $envelopeHandled = false;
                foreach ($this->receivers as $name => $receiver) {
                    foreach ($receiver() as $envelope) {
                        $envelopeHandled = true;
                        ($this->handlers[$envelope->getMessage()::class])($envelope->getMessage());
                        $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $name));
                        $this->dispatcher->dispatch(new WorkerRunningEvent(false));
                        // StopWorkerOnMessageLimitListener
                        if (++$this->handled >= $this->messageLimit) {
                            $this->shouldStop = true;
                        }
                        if ($this->shouldStop) {
                            break 2;
                        }
                    }
                }
                if (!$envelopeHandled) {
                    $this->dispatcher->dispatch(new WorkerRunningEvent(true));
                    usleep(1000);
                }
            }
            $this->dispatcher->dispatch(new WorkerStoppedEvent());
        }
    }
}

namespace App\Telemetry {
    use Symfony\Component\Messenger\Event\WorkerRunningEvent;

    final class GeofenceBreached
    {
        public function __construct(
            public readonly string $vehicleId,
            public readonly string $tripId,
            public readonly string $zoneId,
            public readonly string $zoneKind,
            public readonly float $lat,
            public readonly float $lng,
            public readonly float $speedKmh,
            public readonly int $reportedAt,
            public readonly string $firmware,
        ) {}
    }

    final class AuditConnection
    {
        public int $inserted = 0;

        public function insertBatch(string $table, array $rows): void
        {
            $this->inserted += count($rows);
        }
    }

    final class BreachAuditRecorder
    {
        private const MAX_BATCH = 50;

        private array $rows = [];

        public function __construct(private AuditConnection $db, private string $table) {}

        public static function getSubscribedEvents(): array
        {
            return [WorkerRunningEvent::class => 'onWorkerRunning'];
        }

        public function record(GeofenceBreached $breach, string $action): void
        {
            $this->rows[] = [
                'vehicle_id' => $breach->vehicleId,
                'trip_id' => $breach->tripId,
                'zone_id' => $breach->zoneId,
                'zone_kind' => $breach->zoneKind,
                'position' => sprintf('POINT(%.6f %.6f)', $breach->lng, $breach->lat),
                'speed_kmh' => $breach->speedKmh,
                'action' => $action,
                'firmware' => $breach->firmware,
                'reported_at' => gmdate('Y-m-d H:i:s', $breach->reportedAt),
            ];
        }

        // Audit rows are written in bulk between bursts of telemetry, when
        // the worker has nothing else to do, or once a batch is full.
        public function onWorkerRunning(WorkerRunningEvent $event): void
        {
            if (($event->isWorkerIdle() && $this->rows !== []) || count($this->rows) >= self::MAX_BATCH) {
                $this->flush();
            }
        }

        private function flush(): void
        {
            $this->db->insertBatch($this->table, $this->rows);
            $this->rows = [];
        }
    }

    final class ZonePolicy
    {
        private const ACTIONS = ['no_ride' => 'cut_motor', 'slow' => 'throttle_15', 'no_parking' => 'notify_rider'];

        public function actionFor(string $zoneKind): string
        {
            return self::ACTIONS[$zoneKind] ?? 'log_only';
        }
    }

    final class GeofenceBreachedHandler
    {
        public function __construct(private ZonePolicy $policy, private BreachAuditRecorder $audit) {}

        public function __invoke(GeofenceBreached $breach): void
        {
            $action = $this->policy->actionFor($breach->zoneKind);
            // ... send $action to the vehicle over MQTT ...
            $this->audit->record($breach, $action);
        }
    }
}

namespace {
    use App\Telemetry\AuditConnection;
    use App\Telemetry\BreachAuditRecorder;
    use App\Telemetry\GeofenceBreached;
    use App\Telemetry\GeofenceBreachedHandler;
    use App\Telemetry\ZonePolicy;
    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $recorder = new BreachAuditRecorder(new AuditConnection(), 'geofence_breach_audit');
    $dispatcher = new EventDispatcher();
    $dispatcher->addSubscriber($recorder);

    $sent = 0;
    $transport = function () use (&$sent, $n) {
        $zones = [['prg-old-town', 'no_ride'], ['prg-charles-bridge', 'no_parking'], ['prg-karlin-park', 'slow']];
        // Busy queue: every poll returns a batch of breaches.
        for ($k = 0; $k < 10 && $sent < $n; $k++, $sent++) {
            [$zone, $kind] = $zones[$sent % 3];
            yield new Envelope(new GeofenceBreached(
                sprintf('CZ-%05d', ($sent * 17) % 8000),
                sprintf('trip_%s', dechex(0x10000000 + $sent * 977)),
                $zone,
                $kind,
                50.08 + ($sent % 40) * 0.0004,
                14.42 + ($sent % 60) * 0.0003,
                12.0 + ($sent % 14),
                1767225600 + $sent * 3,
                'fw-3.' . ($sent % 4) . '.12',
            ), ['transport' => 'telemetry']);
        }
    };

    $worker = new Worker(
        ['telemetry' => $transport],
        [GeofenceBreached::class => new GeofenceBreachedHandler(new ZonePolicy(), $recorder)],
        $dispatcher,
        $n,
    );
    $worker->run();
}
