<?php

declare(strict_types=1);

/*
 * GTFS-realtime TripUpdate consumer running on the ReactPHP event loop.
 * A periodic timer takes the next TripUpdate off the poller's feed and
 * applies it to the in-memory delay table used by the departure API.
 * While an update is applied, a log processor adds its trip context to
 * every record.
 */

namespace React\EventLoop {
    final class TimerHandle
    {
        public function __construct(public readonly float $interval, public readonly \Closure $callback)
        {
        }
    }

    /** Stand-in for React\EventLoop\Loop: run() fires periodic timers PHPLEAK_N times. */
    final class Loop
    {
        /** @var list<TimerHandle> */
        private static array $timers = [];
        private static bool $running = false;

        public static function addPeriodicTimer(float $interval, callable $callback): TimerHandle
        {
            return self::$timers[] = new TimerHandle($interval, \Closure::fromCallable($callback));
        }

        public static function run(): void
        {
            self::$running = true;
            $ticks = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($t = 0; $t < $ticks && self::$running; $t++) {
                foreach (self::$timers as $timer) {
                    ($timer->callback)($timer);
                }
            }
        }

        public static function stop(): void
        {
            self::$running = false;
        }
    }
}

namespace Monolog {
    interface HandlerInterface
    {
        public function handle(array $record): bool;
    }

    /** Sends formatted records to a remote syslog collector (stand-in: counts bytes). */
    final class SyslogUdpHandler implements HandlerInterface
    {
        public int $bytes = 0;

        public function __construct(private string $host, private int $port, private string $ident)
        {
        }

        public function handle(array $record): bool
        {
            $line = sprintf('<%d>1 %s %s %s - - %s %s', 134, $record['datetime'], gethostname() ?: 'host', $this->ident, $record['message'], json_encode($record['extra']));
            $this->bytes += strlen($line);

            return true;
        }
    }

    final class Logger
    {
        /** @var list<callable> */
        private array $processors = [];

        /** @param list<HandlerInterface> $handlers */
        public function __construct(private string $name, private array $handlers = [])
        {
        }

        public function pushProcessor(callable $callback): self
        {
            array_unshift($this->processors, $callback); // leak

            return $this;
        }

        public function popProcessor(): callable
        {
            if ($this->processors === []) {
                throw new \LogicException('You tried to pop from an empty processor stack.');
            }

            return array_shift($this->processors);
        }

        public function info(string $message, array $context = []): void
        {
            $this->addRecord('INFO', $message, $context);
        }

        public function warning(string $message, array $context = []): void
        {
            $this->addRecord('WARNING', $message, $context);
        }

        private function addRecord(string $level, string $message, array $context): void
        {
            $record = ['message' => $message, 'context' => $context, 'level' => $level, 'channel' => $this->name, 'datetime' => '2024-06-01T08:00:00+02:00', 'extra' => []];
            foreach ($this->processors as $processor) {
                $record = $processor($record);
            }
            foreach ($this->handlers as $handler) {
                $handler->handle($record);
            }
        }
    }
}

namespace Transit\Realtime {
    use Monolog\Logger;

    /** Current delay per trip and stop, read by the departures API. */
    final class DelayTable
    {
        /** @var array<string, array<string, int>> trip => stop => delay seconds */
        private array $delays = [];
        /** @var array<string, true> */
        private array $cancelled = [];

        public function cancel(string $tripId): void
        {
            $this->cancelled[$tripId] = true;
            unset($this->delays[$tripId]);
        }

        public function set(string $tripId, string $stopId, int $delay): void
        {
            unset($this->cancelled[$tripId]);
            $this->delays[$tripId][$stopId] = $delay;
        }
    }

    /** Stand-in for the feed poller's output: one decoded TripUpdate entity per tick. */
    final class TripUpdateFeed
    {
        private int $cursor = 0;

        public function next(): array
        {
            $i = $this->cursor++;
            $tripId = sprintf('1.TA.91-%d-j24-1.%d.H', 10 + $i % 12, 40 + $i % 5);
            $ts = 1717221600 + $i * 20;
            $updates = [];
            for ($s = 0; $s < 8; $s++) {
                $delay = (($i + $s) * 37) % 240 - 30;
                $updates[] = [
                    'stop_sequence' => $s + 1,
                    'stop_id' => sprintf('85%05d:0:%d', 3000 + $s * 4, 1 + $s % 3),
                    'arrival' => ['delay' => $delay, 'time' => $ts + $s * 180 + $delay],
                    'departure' => ['delay' => $delay + 15, 'time' => $ts + $s * 180 + $delay + 15],
                    'schedule_relationship' => 'SCHEDULED',
                ];
            }

            return [
                'id' => sprintf('tu-%s-%d', gmdate('Ymd', $ts), $i),
                'trip_update' => [
                    'trip' => [
                        'trip_id' => $tripId,
                        'route_id' => sprintf('91-%d-j24-1', 10 + $i % 12),
                        'start_date' => gmdate('Ymd', $ts),
                        'schedule_relationship' => $i % 3 === 1 ? 'CANCELED' : 'SCHEDULED',
                    ],
                    'stop_time_update' => $updates,
                    'timestamp' => $ts,
                ],
            ];
        }
    }

    final class TripUpdateApplier
    {
        public function __construct(private Logger $logger, private DelayTable $delays)
        {
        }

        public function apply(array $entity): void
        {
            $update = $entity['trip_update'];
            $this->logger->pushProcessor($this->tripContext($entity)); // leak

            if (($update['trip']['schedule_relationship'] ?? 'SCHEDULED') === 'CANCELED') {
                $this->delays->cancel($update['trip']['trip_id']);
                $this->logger->warning('trip cancelled');

                return;
            }

            $applied = 0;
            foreach ($update['stop_time_update'] as $stu) {
                if (($stu['schedule_relationship'] ?? 'SCHEDULED') === 'SKIPPED') {
                    continue;
                }
                $this->delays->set($update['trip']['trip_id'], $stu['stop_id'], (int) ($stu['departure']['delay'] ?? $stu['arrival']['delay'] ?? 0));
                $applied++;
            }
            $this->logger->info('trip update applied', ['stops' => $applied]);
            $this->logger->popProcessor();
        }

        private function tripContext(array $entity): \Closure
        {
            $trip = $entity['trip_update']['trip'];

            return static function (array $record) use ($entity, $trip): array {
                $record['extra']['entity'] = $entity['id'];
                $record['extra']['trip'] = $trip['trip_id'];
                $record['extra']['route'] = $trip['route_id'];
                $record['extra']['stops'] = count($entity['trip_update']['stop_time_update']);

                return $record;
            };
        }
    }
}

namespace {
    use Monolog\Logger;
    use Monolog\SyslogUdpHandler;
    use React\EventLoop\Loop;
    use Transit\Realtime\DelayTable;
    use Transit\Realtime\TripUpdateApplier;
    use Transit\Realtime\TripUpdateFeed;

    $logger = new Logger('gtfs-rt', [new SyslogUdpHandler('logs.internal', 514, 'trip-updates')]);
    $applier = new TripUpdateApplier($logger, new DelayTable());
    $feed = new TripUpdateFeed();

    Loop::addPeriodicTimer(0.5, static function () use ($feed, $applier): void {
        $applier->apply($feed->next());
    });

    Loop::run();
}
