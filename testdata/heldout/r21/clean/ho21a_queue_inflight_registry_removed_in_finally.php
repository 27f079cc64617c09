<?php

declare(strict_types=1);

namespace App\Queue;

final class Container
{
    private static ?self $instance = null;

    /** @var array<class-string, object> */
    private array $resolved = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    /**
     * @template T of object
     * @param class-string<T> $id
     * @return T
     */
    public function get(string $id): object
    {
        return $this->resolved[$id] ??= new $id();
    }
}

/** Jobs this worker has picked up and not finished; dumped on SIGTERM. */
final class InFlightJobs
{
    /** @var array<string, array{job: QueuedJob, since: float}> */
    private array $jobs = [];

    public function add(QueuedJob $job): void
    {
        $this->jobs[$job->uuid] = ['job' => $job, 'since' => microtime(true)];
    }

    public function remove(QueuedJob $job): void
    {
        unset($this->jobs[$job->uuid]);
    }

    public function snapshot(): array
    {
        return array_map(static fn (array $e): string => $e['job']->displayName(), $this->jobs);
    }
}

final class ReleasedBackToQueue extends \RuntimeException
{
    public function __construct(public readonly int $delay)
    {
        parent::__construct("released for {$delay}s");
    }
}

abstract class QueuedJob
{
    public int $attempts = 1;

    public function __construct(public readonly string $uuid, public readonly array $payload)
    {
    }

    abstract public function handle(): void;

    public function displayName(): string
    {
        return static::class;
    }

    protected function release(int $delay): never
    {
        throw new ReleasedBackToQueue($delay);
    }
}

final class PartnerApi
{
    private int $calls = 0;

    /** Rejects every other call with 429, like the partner's sandbox does. */
    public function push(array $order): int
    {
        return ++$this->calls % 2 === 0 ? 429 : 201;
    }
}

final class ExportOrderToPartner extends QueuedJob
{
    public function handle(): void
    {
        $status = Container::getInstance()->get(PartnerApi::class)->push($this->payload);
        if ($status === 429) {
            $this->release(30 * $this->attempts);
        }
    }
}

final class TrackInFlight
{
    public function handle(QueuedJob $job, \Closure $next): void
    {
        $inFlight = Container::getInstance()->get(InFlightJobs::class);
        $inFlight->add($job);
        try {
            $next($job);
        } finally {
            $inFlight->remove($job);
        }
    }
}

final class Worker
{
    public int $processed = 0;
    public int $released = 0;

    /** @param list<object> $middleware */
    public function __construct(private readonly array $middleware)
    {
    }

    public function process(QueuedJob $job): void
    {
        $pipeline = static fn (QueuedJob $j) => $j->handle();
        foreach (array_reverse($this->middleware) as $mw) {
            $pipeline = static fn (QueuedJob $j) => $mw->handle($j, $pipeline);
        }

        try {
            $pipeline($job);
            $this->processed++;
        } catch (ReleasedBackToQueue $e) {
            // the job goes back to the delayed set in Redis with $e->delay
            $this->released++;
        }
    }
}

$worker = new Worker([new TrackInFlight()]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $uuid = sprintf('%08x-%04x-4%03x-a%03x-%012x', 0xbeef0000 + $i, $i & 0xffff, $i & 0xfff, 0x1ab, $i);
    $worker->process(new ExportOrderToPartner($uuid, [
        'order' => 'SO-' . (880_000 + $i),
        'customer' => "Customer {$i} GmbH",
        'lines' => [
            ['sku' => "ART-{$i}-1", 'qty' => 3, 'price' => '12.50'],
            ['sku' => "ART-{$i}-2", 'qty' => 1, 'price' => '99.00'],
        ],
        'ship_to' => "Hauptstrasse {$i}, 10115 Berlin",
    ]));
}
