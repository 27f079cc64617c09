<?php

declare(strict_types=1);

namespace App\Queue;

interface LogHandler
{
    public function handle(array $record): void;
}

final class StreamHandler implements LogHandler
{
    private int $bytes = 0;

    public function handle(array $record): void
    {
        $this->bytes += strlen(json_encode($record, JSON_THROW_ON_ERROR));
    }
}

final class Logger
{
    /** @var list<callable(array): array> */
    private array $processors = [];

    /** @param list<LogHandler> $handlers */
    public function __construct(private string $name, private readonly array $handlers)
    {
    }

    public function withName(string $name): self
    {
        $clone = clone $this;
        $clone->name = $name;

        return $clone;
    }

    public function pushProcessor(callable $processor): self
    {
        $this->processors[] = $processor; // leak

        return $this;
    }

    public function info(string $message, array $context = []): void
    {
        $record = ['channel' => $this->name, 'message' => $message, 'context' => $context, 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }
}

/** Everything a handler needs to know about the message it is working on. */
final class JobContext
{
    public readonly Logger $log;

    public function __construct(
        public readonly string $jobId,
        public readonly string $queue,
        public readonly int $attempt,
        public readonly array $tags,
        Logger $base,
    ) {
        $this->log = $base->withName("queue.{$queue}");
        $this->log->pushProcessor($this->contextProcessor()); // leak
    }

    private function contextProcessor(): \Closure
    {
        return fn (array $record): array => $this->enrich($record); // leak
    }

    private function enrich(array $record): array
    {
        $record['extra'] += [
            'job_id' => $this->jobId,
            'attempt' => $this->attempt,
            'tags' => $this->tags,
        ];

        return $record;
    }
}

final class ReindexProduct
{
    public function __construct(public readonly int $productId, public readonly string $locale)
    {
    }
}

final class ReindexProductHandler
{
    public function __invoke(ReindexProduct $message, JobContext $ctx): void
    {
        $doc = ['id' => $message->productId, 'locale' => $message->locale, 'boost' => 1.0];
        $ctx->log->info('Product reindexed', ['document' => $doc]);
    }
}

final class Worker
{
    public function __construct(
        private readonly Logger $logger,
        private readonly ReindexProductHandler $handler,
        private readonly string $queue,
    ) {
    }

    public function handle(ReindexProduct $message, string $jobId): void
    {
        $ctx = new JobContext($jobId, $this->queue, 1, [
            'product' => "product:{$message->productId}",
            'locale' => "locale:{$message->locale}",
            'origin' => "catalog-sync/{$jobId}",
        ], $this->logger);

        ($this->handler)($message, $ctx);
    }
}

$worker = new Worker(new Logger('app', [new StreamHandler()]), new ReindexProductHandler(), 'search');
$locales = ['de_DE', 'en_GB', 'fr_FR'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $jobId = sprintf('job-%s-%06d', date('Ymd'), $i);
    $worker->handle(new ReindexProduct(500_000 + $i, $locales[$i % 3]), $jobId);
}
