<?php

declare(strict_types=1);

// Symfony Messenger consumer (`messenger:consume inspections spc`) for the
// quality module: CMM and gauge stations post inspection results, the handler
// grades them and hands the verdict to the SPC transport.

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(public readonly object $message, public readonly array $stamps = [])
        {
        }
    }

    interface TransportInterface
    {
        public function send(Envelope $envelope): void;

        /** @return iterable<Envelope> */
        public function get(): iterable;
    }

    /** Stand-in for the in-memory / doctrine transport: messages cross it serialized. */
    final class SerializingTransport implements TransportInterface
    {
        /** @var list<string> */
        private array $queue = [];

        public function send(Envelope $envelope): void
        {
            $this->queue[] = serialize($envelope);
        }

        public function get(): iterable
        {
            while ($this->queue) {
                yield unserialize(array_shift($this->queue));
            }
        }
    }

    final class MessageBus
    {
        /** @var array<class-string, callable> */
        private array $handlers = [];

        /** @var array<class-string, TransportInterface> */
        private array $routing = [];

        public function addHandler(string $class, callable $handler): void
        {
            $this->handlers[$class] = $handler;
        }

        public function route(string $class, TransportInterface $transport): void
        {
            $this->routing[$class] = $transport;
        }

        public function dispatch(object $message): Envelope
        {
            $envelope = new Envelope($message);
            if (isset($this->routing[$message::class])) {
                $this->routing[$message::class]->send($envelope);

                return $envelope;
            }

            return $this->handle($envelope);
        }

        public function handle(Envelope $envelope): Envelope
        {
            ($this->handlers[$envelope->message::class])($envelope->message);

            return $envelope;
        }
    }

    final class Worker
    {
        /** @param array<string, TransportInterface> $transports */
        public function __construct(private array $transports, private MessageBus $bus)
        {
        }

        public function run(int $limit): void
        {
            $handled = 0;
            while ($handled < $limit) {
                foreach ($this->transports as $transport) {
                    foreach ($transport->get() as $envelope) {
                        $this->bus->handle($envelope);
                        if ($envelope->message instanceof \App\Message\RecordInspection) {
                            $handled++;
                        }
                    }
                }
            }
        }
    }
}

namespace App\Quality {
    final class Inspection
    {
        /** @param array<string, float> $measurements */
        public function __construct(
            public readonly string $id,
            public readonly string $station,
            public readonly string $lotNo,
            public readonly string $partNo,
            public readonly array $measurements,
            public readonly string $inspector,
            public readonly int $startedAt,
        ) {
        }
    }

    final class OpenInspectionTracker
    {
        private \SplObjectStorage $open;

        public function __construct()
        {
            $this->open = new \SplObjectStorage();
        }

        public function open(Inspection $inspection): void
        {
            $this->open->attach($inspection, ['station' => $inspection->station, 'since' => $inspection->startedAt]); // leak
        }

        public function close(Inspection $inspection): void
        {
            $this->open->detach($inspection);
        }

        public function countAt(string $station): int
        {
            $n = 0;
            foreach ($this->open as $inspection) {
                if ($this->open[$inspection]['station'] === $station) {
                    $n++;
                }
            }

            return $n;
        }
    }

    final class ToleranceGrader
    {
        private const LIMITS = [
            'bore_d' => [24.990, 25.010],
            'flatness' => [0.0, 0.020],
            'length' => [119.95, 120.05],
            'ra' => [0.0, 1.6],
        ];

        public function grade(array $measurements): string
        {
            foreach ($measurements as $name => $value) {
                [$lo, $hi] = self::LIMITS[$name] ?? [-INF, INF];
                if ($value < $lo || $value > $hi) {
                    return 'NCR';
                }
            }

            return 'PASS';
        }
    }
}

namespace App\Message {
    use App\Quality\Inspection;

    final class RecordInspection
    {
        public function __construct(public readonly array $payload)
        {
        }
    }

    final class InspectionCompleted
    {
        public function __construct(public readonly Inspection $inspection, public readonly string $verdict)
        {
        }
    }
}

namespace App\MessageHandler {
    use App\Message\InspectionCompleted;
    use App\Message\RecordInspection;
    use App\Quality\Inspection;
    use App\Quality\OpenInspectionTracker;
    use App\Quality\ToleranceGrader;
    use Symfony\Component\Messenger\MessageBus;

    final class RecordInspectionHandler
    {
        public function __construct(
            private OpenInspectionTracker $tracker,
            private ToleranceGrader $grader,
            private MessageBus $bus,
        ) {
        }

        public function __invoke(RecordInspection $message): void
        {
            $p = $message->payload;
            $inspection = new Inspection(
                sprintf('INS-%s-%05d', $p['station'], $p['seq']),
                $p['station'],
                $p['lot'],
                $p['part'],
                array_map('floatval', $p['values']),
                $p['inspector'],
                $p['ts'],
            );
            $this->tracker->open($inspection);

            $this->bus->dispatch(new InspectionCompleted($inspection, $this->grader->grade($inspection->measurements)));
        }
    }

    final class InspectionCompletedHandler
    {
        /** @var array<string, int> */
        private array $verdicts = ['PASS' => 0, 'NCR' => 0];

        public function __construct(private OpenInspectionTracker $tracker)
        {
        }

        public function __invoke(InspectionCompleted $message): void
        {
            $this->verdicts[$message->verdict]++;
            $this->tracker->close($message->inspection);
        }
    }
}

namespace {
    use App\Message\InspectionCompleted;
    use App\Message\RecordInspection;
    use App\MessageHandler\InspectionCompletedHandler;
    use App\MessageHandler\RecordInspectionHandler;
    use App\Quality\OpenInspectionTracker;
    use App\Quality\ToleranceGrader;
    use Symfony\Component\Messenger\MessageBus;
    use Symfony\Component\Messenger\SerializingTransport;
    use Symfony\Component\Messenger\Worker;

    $bus = new MessageBus();
    $tracker = new OpenInspectionTracker();
    $inspections = new SerializingTransport();
    $spc = new SerializingTransport();
    $bus->route(InspectionCompleted::class, $spc);
    $bus->addHandler(RecordInspection::class, new RecordInspectionHandler($tracker, new ToleranceGrader(), $bus));
    $bus->addHandler(InspectionCompleted::class, new InspectionCompletedHandler($tracker));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $stations = ['CMM-1', 'CMM-2', 'GAUGE-7'];
    $worker = new Worker(['inspections' => $inspections, 'spc' => $spc], $bus);
    $bus->route(RecordInspection::class, $inspections);
    for ($i = 0; $i < $n; $i++) {
        $bus->dispatch(new RecordInspection([
            'station' => $stations[$i % 3],
            'seq' => $i,
            'lot' => sprintf('LOT-24%02d-%04d', 1 + $i % 12, intdiv($i, 5)),
            'part' => sprintf('PN-%05d', 52000 + $i % 13),
            'values' => [
                'bore_d' => 25.0 + (($i * 37) % 21 - 10) / 1000,
                'flatness' => (($i * 11) % 25) / 1000,
                'length' => 120.0 + (($i * 5) % 9 - 4) / 100,
                'ra' => 0.4 + ($i % 13) / 10,
            ],
            'inspector' => sprintf('QA inspector %d (badge %06d)', 1 + $i % 8, 700000 + $i % 8),
            'ts' => 1_717_300_000 + $i * 45,
        ]));
        $worker->run(1);
    }
}
