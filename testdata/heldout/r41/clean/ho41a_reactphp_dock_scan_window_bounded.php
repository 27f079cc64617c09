<?php

declare(strict_types=1);

namespace React\EventLoop {
    final class TimerEntry
    {
        public function __construct(public float $interval, public float $due, public \Closure $callback)
        {
        }
    }

    // Stand-in for React\EventLoop\Loop with its static accessor.
    final class Loop
    {
        private static ?Loop $instance = null;

        /** @var list<TimerEntry> */
        private array $timers = [];

        /** @var list<\Closure> */
        private array $readers = [];

        private bool $running = false;

        public static function get(): self
        {
            return self::$instance ??= new self();
        }

        public static function addPeriodicTimer(float $interval, callable $callback): TimerEntry
        {
            $timer = new TimerEntry($interval, microtime(true) + $interval, \Closure::fromCallable($callback));
            self::get()->timers[] = $timer;

            return $timer;
        }

        public static function addReadStream(\Closure $onTick): void
        {
            self::get()->readers[] = $onTick;
        }

        public static function stop(): void
        {
            self::get()->running = false;
        }

        public static function run(): void
        {
            $loop = self::get();
            $loop->running = true;
            while ($loop->running) {
                foreach ($loop->readers as $reader) {
                    $reader();
                }
                $now = microtime(true);
                foreach ($loop->timers as $timer) {
                    if ($timer->due <= $now) {
                        $timer->due = $now + $timer->interval;
                        ($timer->callback)();
                    }
                }
            }
        }
    }
}

namespace Warehouse\DockDoor {
    final class ScanEvent
    {
        public function __construct(
            public readonly int $door,
            public readonly string $barcode,
            public readonly float $scannedAt,
            public readonly string $operator,
            public readonly string $rawFrame,
            public readonly array $lines = [],
        ) {
        }
    }

    /**
     * Rolling window of the most recent scans per dock door, used by the
     * yard dashboard to show throughput for the last few minutes.
     */
    final class ScanWindow
    {
        private \SplQueue $events;

        public function __construct(private int $maxEvents)
        {
            $this->events = new \SplQueue();
        }

        public function record(ScanEvent $event): void
        {
            $this->events->enqueue($event);
            $this->prune();
        }

        public function prune(): int
        {
            $dropped = 0;
            while ($this->events->count() > $this->maxEvents) {
                $this->events->dequeue();
                $dropped++;
            }

            return $dropped;
        }

        public function throughputPerDoor(): array
        {
            $perDoor = [];
            foreach ($this->events as $event) {
                $perDoor[$event->door] = ($perDoor[$event->door] ?? 0) + 1;
            }

            return $perDoor;
        }
    }

    final class ScannerFrameDecoder
    {
        public function decode(string $frame): ScanEvent
        {
            $data = json_decode($frame, true, 8, JSON_THROW_ON_ERROR);

            return new ScanEvent((int) $data['door'], $data['barcode'], (float) $data['ts'], $data['operator'], $frame, $data['lines'] ?? []);
        }
    }
}

namespace {
    use React\EventLoop\Loop;
    use Warehouse\DockDoor\ScanWindow;
    use Warehouse\DockDoor\ScannerFrameDecoder;

    $window = new ScanWindow(64);
    $decoder = new ScannerFrameDecoder();

    // Housekeeping: trim the dashboard window twice a minute.
    Loop::addPeriodicTimer(30.0, static function () use ($window): void {
        $window->prune();
    });

    $frames = (int) (getenv('PHPLEAK_N') ?: 100);
    $received = 0;
    Loop::addReadStream(static function () use (&$received, $frames, $window, $decoder): void {
        if ($received >= $frames) {
            Loop::stop();
            return;
        }
        $i = $received++;
        $frame = json_encode([
            'door' => 1 + $i % 8,
            'barcode' => sprintf('(00)3%017d', 40_123_000_000 + $i),
            'ts' => 1_700_000_000 + $i * 0.75,
            'operator' => 'op-' . (17 + $i % 9),
            'device' => 'zebra-mc3300-' . ($i % 8),
            'symbology' => 'GS1-128',
            'shift' => ['early', 'late', 'night'][$i % 3] . ' shift, team lead ' . ($i % 5),
            'firmware' => '11-49-15.00-RG-U00-STD',
            'note' => 'inbound pallet scanned at door ' . (1 + $i % 8) . ', seal intact, temperature logger attached',
            'asn' => sprintf('ASN-%08d', 7_700_000 + intdiv($i, 12)),
            'lines' => [
                ['gtin' => sprintf('0%013d', 5_901_234_000_000 + $i % 500), 'qty' => 24 + $i % 12, 'lot' => 'L' . (2300 + $i % 77)],
                ['gtin' => sprintf('0%013d', 5_901_234_100_000 + $i % 300), 'qty' => 6 + $i % 4, 'lot' => 'L' . (4100 + $i % 31)],
            ],
        ]);
        $window->record($decoder->decode($frame));
    });

    Loop::run();
}
