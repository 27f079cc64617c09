<?php

declare(strict_types=1);

// Laravel-style queue worker (`queue:work`): one process handles job after
// job; the Log facade resolves the same Monolog-like logger every time.

final class LogRecord
{
    public array $extra = [];

    public function __construct(
        public readonly string $level,
        public readonly string $message,
        public readonly array $context,
    ) {
    }
}

final class MemoryHandler
{
    /** @var list<string> */
    private array $lines = [];

    public function handle(LogRecord $record): void
    {
        $this->lines[] = sprintf('%s: %s %s', $record->level, $record->message, json_encode($record->extra));
        if (count($this->lines) > 50) {
            $this->lines = array_slice($this->lines, -50);
        }
    }
}

final class Logger
{
    /** @var list<callable(LogRecord): LogRecord> */
    private array $processors = [];

    public function __construct(private readonly string $channel, private readonly MemoryHandler $handler)
    {
    }

    public function pushProcessor(callable $processor): self
    {
        array_unshift($this->processors, $processor);

        return $this;
    }

    public function popProcessor(): callable
    {
        if ($this->processors === []) {
            throw new LogicException('You tried to pop from an empty processor stack.');
        }

        return array_shift($this->processors);
    }

    public function info(string $message, array $context = []): void
    {
        $this->log('INFO', $message, $context);
    }

    public function log(string $level, string $message, array $context): void
    {
        $record = new LogRecord($level, $message, $context);
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        $this->handler->handle($record);
    }
}

final class Container
{
    private static ?self $instance = null;
    /** @var array<string, object> */
    private array $resolved = [];
    /** @var array<string, Closure> */
    private array $bindings = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function singleton(string $id, Closure $factory): void
    {
        $this->bindings[$id] = $factory;
    }

    public function make(string $id): object
    {
        return $this->resolved[$id] ??= ($this->bindings[$id])($this);
    }
}

final class Log
{
    public static function __callStatic(string $method, array $args): mixed
    {
        return Container::getInstance()->make('log')->{$method}(...$args);
    }
}

final class SyncInventoryJob
{
    public int $attempts = 1;

    /** @param list<array{sku: string, qty: int, warehouse: string}> $lines */
    public function __construct(
        public readonly string $uuid,
        public readonly string $supplier,
        public readonly array $lines,
    ) {
    }

    public function handle(): void
    {
        Log::pushProcessor(Closure::fromCallable([$this, 'logContext']));

        try {
            Log::info('Inventory sync started', ['lines' => count($this->lines)]);
            $total = 0;
            foreach ($this->lines as $line) {
                $total += $line['qty'];
            }
            Log::info('Inventory sync finished', ['total_qty' => $total]);
        } finally {
            Log::popProcessor();
        }
    }

    private function logContext(LogRecord $record): LogRecord
    {
        $record->extra['job_uuid'] ??= $this->uuid;
        $record->extra['supplier'] ??= $this->supplier;
        $record->extra['attempt'] ??= $this->attempts;

        return $record;
    }
}

final class QueueWorker
{
    public int $processed = 0;

    public function process(object $job): void
    {
        try {
            $job->handle();
            $this->processed++;
        } catch (Throwable $e) {
            Log::error('Job failed: ' . $e->getMessage());
        }
    }
}

Container::getInstance()->singleton('log', static fn (): Logger => new Logger('worker', new MemoryHandler()));

$worker = new QueueWorker();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $lines = [];
    for ($l = 0; $l < 5; $l++) {
        $lines[] = ['sku' => sprintf('SKU-%05d-%d', $i, $l), 'qty' => ($i + $l) % 17, 'warehouse' => 'WH-' . ($l % 3)];
    }
    $worker->process(new SyncInventoryJob(sprintf('%08x-job-%04d', crc32((string) $i), $i), 'supplier-' . ($i % 9), $lines));
}
