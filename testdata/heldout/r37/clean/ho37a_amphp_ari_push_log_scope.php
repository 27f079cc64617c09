<?php
// AMPHP daemon of a channel manager that pushes availability and restriction
// deltas (ARI) to the OTAs. Every sync job runs in its own fiber; log lines
// carry the job's context (hotel, channel, room type, date window).

declare(strict_types=1);

namespace Amp {
    // Stand-in for amphp/amp v3: async() starts a fiber, Future::await()
    // suspends until it completes. Here the fiber runs to completion at once.
    final class Future
    {
        public function __construct(private readonly mixed $value)
        {
        }

        public function await(): mixed
        {
            return $this->value;
        }
    }

    function async(\Closure $closure, mixed ...$args): Future
    {
        $fiber = new \Fiber($closure);

        return new Future($fiber->start(...$args));
    }
}

namespace App\Logging {
    final class LogContext
    {
        /** @var list<array<string, string>> */
        private static array $frames = [];

        /** Pushes a frame; it is popped when the returned scope is released. */
        public static function push(array $context): LogScope
        {
            self::$frames[] = $context;

            return new LogScope();
        }

        public static function pop(): void
        {
            array_pop(self::$frames);
        }

        public static function current(): array
        {
            return self::$frames === [] ? [] : self::$frames[array_key_last(self::$frames)];
        }
    }

    final class LogScope
    {
        private bool $open = true;

        public function close(): void
        {
            if ($this->open) {
                $this->open = false;
                LogContext::pop();
            }
        }

        public function __destruct()
        {
            $this->close();
        }
    }

    final class SyncLogger
    {
        /** @var list<string> */
        private array $tail = [];

        public function info(string $message): void
        {
            $context = LogContext::current();
            $this->tail[] = sprintf('[%s] %s %s', $context['job'] ?? '-', $message, json_encode($context));
            if (count($this->tail) > 50) {
                array_shift($this->tail);
            }
        }
    }
}

namespace App\Sync {
    use App\Logging\LogContext;
    use App\Logging\SyncLogger;

    final class SyncJob
    {
        public function __construct(
            public readonly string $id,
            public readonly string $hotelId,
            public readonly string $channel,
            public readonly string $roomType,
            public readonly string $from,
            public readonly string $to,
            public readonly array $allotments,
        ) {
        }
    }

    final class InventorySnapshot
    {
        /** @var array<string, int> last allotment pushed per channel|room type */
        private array $lastPushed = [];

        public function diff(SyncJob $job): array
        {
            $key = $job->channel . '|' . $job->roomType;
            $previous = $this->lastPushed[$key] ?? null;
            $current = array_sum($job->allotments);

            return $previous === $current ? [] : ['key' => $key, 'allotment' => $current];
        }

        public function confirm(array $delta): void
        {
            $this->lastPushed[$delta['key']] = $delta['allotment'];
        }
    }

    final class OtaAriClient
    {
        public function push(string $channel, array $delta): int
        {
            return $channel === 'expedia' && $delta['allotment'] === 0 ? 409 : 200;
        }
    }

    final class AriSyncRunner
    {
        public function __construct(
            private readonly InventorySnapshot $snapshot,
            private readonly OtaAriClient $client,
            private readonly SyncLogger $logger,
        ) {
        }

        public function run(SyncJob $job): string
        {
            $scope = LogContext::push($this->contextFor($job));
            $this->logger->info('ari sync started');

            $delta = $this->snapshot->diff($job);
            if ($delta === []) {
                $this->logger->info('no change since last push, skipping');

                return 'unchanged';
            }

            $status = $this->client->push($job->channel, $delta);
            if ($status === 200) {
                $this->snapshot->confirm($delta);
            }
            $this->logger->info('ari push finished with ' . $status);
            $scope->close();

            return $status === 200 ? 'pushed' : 'rejected';
        }

        private function contextFor(SyncJob $job): array
        {
            return [
                'job' => $job->id,
                'hotel' => $job->hotelId,
                'channel' => $job->channel,
                'room_type' => $job->roomType,
                'window' => $job->from . '..' . $job->to,
                'trace' => bin2hex(random_bytes(8)),
                'started_at' => (new \DateTimeImmutable())->format('Y-m-d\\TH:i:s.uP'),
                'source' => sprintf('ari-sync/2.4 (%s; %d dates)', $job->channel, count($job->allotments)),
            ];
        }
    }
}

namespace {
    use App\Logging\SyncLogger;
    use App\Sync\AriSyncRunner;
    use App\Sync\InventorySnapshot;
    use App\Sync\OtaAriClient;
    use App\Sync\SyncJob;

    use function Amp\async;

    $runner = new AriSyncRunner(new InventorySnapshot(), new OtaAriClient(), new SyncLogger());
    $channels = ['booking', 'expedia', 'airbnb'];
    $roomTypes = ['DBL', 'TWN', 'STE', 'FAM'];

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $from = 1767225600 + ($i % 30) * 86400;
        $job = new SyncJob(
            sprintf('ari-%d-%s', $i, substr(sha1('job' . $i), 0, 8)),
            'HTL-' . (300 + $i % 5),
            $channels[$i % 3],
            $roomTypes[intdiv($i, 3) % 4],
            date('Y-m-d', $from),
            date('Y-m-d', $from + 13 * 86400),
            array_fill(0, 14, intdiv($i, 36) % 4),
        );
        $outcome = async(static fn (SyncJob $job): string => $runner->run($job), $job)->await();
        unset($job, $outcome);
    }
}
