<?php

declare(strict_types=1);

final class HandlerRegistry
{
    /** @var array<string, ReportHandler> */
    private array $running = [];

    public function start(array $job): ReportHandler
    {
        $handler = new ReportHandler($this, $job);
        $this->running[$job['id']] = $handler; // leak

        return $handler;
    }

    public function release(string $id): void
    {
        unset($this->running[$id]);
    }
}

final class ReportHandler
{
    public function __construct(private HandlerRegistry $registry, private array $job)
    {
    }

    public function run(): void
    {
        if ($this->job['rows'] === 0) {
            throw new InvalidArgumentException('empty report ' . $this->job['id']);
        }
    }
}

final class JobSource
{
    private int $next = 0;

    public function pop(): array
    {
        $i = $this->next++;

        return ['id' => sprintf('job-%08d', $i), 'rows' => 10 + $i % 7, 'query' => str_repeat("SELECT * FROM orders WHERE shop = {$i}; ", 12)];
    }
}

final class QueueWorker
{
    public function __construct(private JobSource $source, private HandlerRegistry $registry)
    {
    }

    public function run(int $limit): void
    {
        for ($done = 0; $done < $limit; $done++) {
            $job = $this->source->pop();
            $handler = $this->registry->start($job);
            try {
                $handler->run();
            } catch (Throwable $e) {
                $this->registry->release($job['id']);
            }
        }
    }
}

$worker = new QueueWorker(new JobSource(), new HandlerRegistry());
$worker->run((int) (getenv('PHPLEAK_N') ?: 100));
