<?php
// A queue worker wraps each job in a job context that derives a named channel logger and enriches every log record with job metadata.

declare(strict_types=1);

namespace Worker\Logging;

enum Level: int
{
    case Debug = 100;
    case Info = 200;
    case Warning = 300;
    case Error = 400;

    public function name(): string
    {
        return strtoupper($this->name);
    }
}

final class LogRecord
{
    public function __construct(
        public readonly string $channel,
        public readonly Level $level,
        public readonly string $message,
        public array $context = [],
        public array $extra = [],
    ) {
    }
}

interface HandlerInterface
{
    public function handle(LogRecord $record): bool;
}

/**
 * Counts records per level, the way a metrics exporter would.
 */
final class LevelCounterHandler implements HandlerInterface
{
    /** @var array<string, int> */
    private array $counts = [];

    public function handle(LogRecord $record): bool
    {
        $key = $record->level->name();
        $this->counts[$key] = ($this->counts[$key] ?? 0) + 1;

        return false;
    }

    public function getCounts(): array
    {
        return $this->counts;
    }
}

final class Logger
{
    /** @var list<callable(LogRecord): LogRecord> */
    private array $processors = [];

    /** @param list<HandlerInterface> $handlers */
    public function __construct(private string $name, private array $handlers = [])
    {
    }

    public function withName(string $name): static
    {
        $clone = clone $this;
        $clone->name = $name;

        return $clone;
    }

    public function pushProcessor(callable $callback): static
    {
        array_unshift($this->processors, $callback); // leak

        return $this;
    }

    public function info(string $message, array $context = []): void
    {
        $this->addRecord(Level::Info, $message, $context);
    }

    public function warning(string $message, array $context = []): void
    {
        $this->addRecord(Level::Warning, $message, $context);
    }

    private function addRecord(Level $level, string $message, array $context): void
    {
        $record = new LogRecord($this->name, $level, $message, $context);
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        foreach ($this->handlers as $handler) {
            if ($handler->handle($record)) {
                break;
            }
        }
    }
}

final class Job
{
    public function __construct(
        public readonly string $id,
        public readonly string $type,
        public readonly array $payload,
        public readonly int $attempt = 1,
    ) {
    }
}

final class JobContext
{
    private Logger $logger;
    private float $startedAt;

    public function __construct(private Job $job, Logger $baseLogger)
    {
        $this->startedAt = microtime(true);
        $this->logger = $baseLogger->withName('job.' . $job->type)->pushProcessor([$this, 'addJobMetadata']); // leak
    }

    public function logger(): Logger
    {
        return $this->logger;
    }

    public function job(): Job
    {
        return $this->job;
    }

    public function addJobMetadata(LogRecord $record): LogRecord
    {
        $record->extra['job_id'] = $this->job->id;
        $record->extra['attempt'] = $this->job->attempt;
        $record->extra['elapsed_ms'] = (int) ((microtime(true) - $this->startedAt) * 1000);

        return $record;
    }
}

interface JobHandler
{
    public function __invoke(JobContext $context): void;
}

final class ResizeImageHandler implements JobHandler
{
    public function __invoke(JobContext $context): void
    {
        $payload = $context->job()->payload;
        $context->logger()->info('Resizing image', ['path' => $payload['path']]);
        if (($payload['width'] ?? 0) > 4000) {
            $context->logger()->warning('Image larger than expected', ['width' => $payload['width']]);
        }
    }
}

final class Worker
{
    /** @param array<string, JobHandler> $handlers */
    public function __construct(private Logger $logger, private array $handlers)
    {
    }

    public function process(Job $job): void
    {
        $handler = $this->handlers[$job->type] ?? throw new \RuntimeException("No handler for {$job->type}");
        $handler(new JobContext($job, $this->logger));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$logger = new Logger('worker', [new LevelCounterHandler()]);
$worker = new Worker($logger, ['image.resize' => new ResizeImageHandler()]);
for ($i = 0; $i < $n; $i++) {
    $worker->process(new Job(
        sprintf('%08x-%04d', crc32((string) $i), $i),
        'image.resize',
        [
            'path' => '/srv/uploads/2024/03/' . str_repeat('a', 40) . $i . '.jpg',
            'width' => 3000 + ($i % 2000),
            'variants' => ['thumb', 'medium', 'large', 'retina'],
            'callback' => 'https://hooks.example.com/images/resized?token=' . str_repeat('t', 64),
        ],
    ));
}
