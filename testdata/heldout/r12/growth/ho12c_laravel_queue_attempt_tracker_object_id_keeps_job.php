<?php

declare(strict_types=1);

namespace Illuminate\Container {

    final class Container
    {
        private static ?self $instance = null;

        /** @var array<string, object> */
        private array $instances = [];

        /** @var array<string, \Closure> */
        private array $bindings = [];

        public static function getInstance(): self
        {
            return self::$instance ??= new self();
        }

        public function singleton(string $abstract, \Closure $factory): void
        {
            $this->bindings[$abstract] = $factory;
        }

        public function make(string $abstract): object
        {
            return $this->instances[$abstract] ??= ($this->bindings[$abstract])($this);
        }
    }
}

namespace Illuminate\Queue {

    interface ShouldQueue
    {
    }

    /** Stand-in for `php artisan queue:work`: unserializes and runs payloads. */
    final class Worker
    {
        /** @param \Closure(object): void $beforeJob */
        public function __construct(private readonly \Closure $beforeJob)
        {
        }

        /** @param iterable<string> $payloads */
        public function daemon(iterable $payloads): void
        {
            foreach ($payloads as $payload) {
                $job = unserialize($payload);
                ($this->beforeJob)($job);
                $job->handle();
            }
        }
    }
}

namespace App\Jobs {

    use Illuminate\Queue\ShouldQueue;

    final class SyncProductFeed implements ShouldQueue
    {
        public int $tries = 3;

        public function __construct(
            public readonly int $merchantId,
            public readonly string $feedUrl,
            public readonly string $feedChunk,
        ) {
        }

        public function handle(): void
        {
            $rows = substr_count($this->feedChunk, "\n");
            if ($rows === 0) {
                throw new \RuntimeException("Empty feed for merchant {$this->merchantId}");
            }
        }
    }
}

namespace App\Queue {

    use Illuminate\Queue\ShouldQueue;

    /**
     * Counts how often each job instance was started, so that the failure
     * reporter can say which attempt blew up.
     */
    final class JobAttemptTracker
    {
        /** @var array<int, array{job: ShouldQueue, attempts: int, first_seen: float}> */
        private array $attempts = [];

        public function started(ShouldQueue $job): void
        {
            $id = spl_object_id($job);
            $entry = $this->attempts[$id] ?? ['job' => $job, 'attempts' => 0, 'first_seen' => microtime(true)];
            $entry['attempts']++;
            $this->attempts[$id] = $entry; // leak
        }

        public function attemptsOf(ShouldQueue $job): int
        {
            return $this->attempts[spl_object_id($job)]['attempts'] ?? 0;
        }
    }
}

namespace {

    use App\Jobs\SyncProductFeed;
    use App\Queue\JobAttemptTracker;
    use Illuminate\Container\Container;
    use Illuminate\Queue\Worker;

    Container::getInstance()->singleton(JobAttemptTracker::class, static fn (): JobAttemptTracker => new JobAttemptTracker());

    $worker = new Worker(static function (object $job): void {
        Container::getInstance()->make(JobAttemptTracker::class)->started($job);
    });

    function queued_payloads(int $count): \Generator
    {
        for ($i = 0; $i < $count; $i++) {
            $chunk = '';
            for ($row = 0; $row < 8; $row++) {
                $chunk .= "sku-{$i}-{$row};Product {$row} of batch {$i};19.99;EUR\n";
            }
            yield serialize(new SyncProductFeed(500 + $i % 40, "https://feeds.example.com/m/{$i}.csv", $chunk));
        }
    }

    $worker->daemon(queued_payloads((int) (getenv('PHPLEAK_N') ?: 100)));
}
