<?php
// A CSV import command runs one import job per uploaded file; each job sets up its own channel logger with a processor that adds the job id, file name and progress to every record.

declare(strict_types=1);

namespace Importer\Log;

enum Level: int
{
    case Debug = 100;
    case Info = 200;
    case Warning = 300;
    case Error = 400;
}

interface HandlerInterface
{
    public function handle(array $record): void;
}

final class BufferHandler implements HandlerInterface
{
    /** @var list<string> */
    private array $lines = [];

    public function __construct(private readonly Level $minLevel, private readonly int $limit = 50)
    {
    }

    public function handle(array $record): void
    {
        if ($record['level']->value < $this->minLevel->value) {
            return;
        }
        $this->lines[] = sprintf('%s.%s %s %s', $record['channel'], $record['level']->name, $record['message'], json_encode($record['extra']));
        if (count($this->lines) >= $this->limit) {
            $this->lines = [];
        }
    }
}

final class Logger
{
    /** @var list<callable(array): array> */
    private array $processors = [];

    /**
     * @param list<HandlerInterface> $handlers
     */
    public function __construct(private readonly string $channel, private array $handlers = [])
    {
    }

    public function pushProcessor(callable $processor): self
    {
        array_unshift($this->processors, $processor); // leak
        return $this;
    }

    public function log(Level $level, string $message, array $context = []): void
    {
        $record = ['channel' => $this->channel, 'level' => $level, 'message' => $message, 'context' => $context, 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }

    public function info(string $message, array $context = []): void
    {
        $this->log(Level::Info, $message, $context);
    }

    public function warning(string $message, array $context = []): void
    {
        $this->log(Level::Warning, $message, $context);
    }
}

namespace Importer;

use Importer\Log\BufferHandler;
use Importer\Log\Level;
use Importer\Log\Logger;

final class ImportJob
{
    private Logger $logger;
    private int $processed = 0;
    private int $rejected = 0;

    public function __construct(
        private readonly string $jobId,
        private readonly string $fileName,
        private readonly string $contents,
        BufferHandler $handler,
    ) {
        $this->logger = new Logger('import', [$handler]);
        $this->logger->pushProcessor(function (array $record): array { // leak
            $record['extra']['job'] = $this->jobId;
            $record['extra']['file'] = $this->fileName;
            $record['extra']['progress'] = $this->processed;
            return $record;
        });
    }

    public function run(): int
    {
        $this->logger->info('Import started');
        foreach (explode("\n", trim($this->contents)) as $lineNo => $line) {
            $cells = str_getcsv($line);
            if (count($cells) !== 3 || !filter_var($cells[1], FILTER_VALIDATE_EMAIL)) {
                $this->rejected++;
                $this->logger->warning('Rejected row', ['line' => $lineNo + 1]);
                continue;
            }
            $this->processed++;
        }
        $this->logger->info('Import finished', ['rejected' => $this->rejected]);
        return $this->processed;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new BufferHandler(Level::Info);
$total = 0;

for ($i = 0; $i < $n; $i++) {
    $csv = '';
    for ($r = 0; $r < 6; $r++) {
        $csv .= sprintf("%d,user%d_%d@example.com,%s\n", $r, $i, $r, str_repeat('Z', 40));
    }
    $csv .= "broken-row\n";
    $job = new ImportJob(sprintf('job-%05d', $i), "upload-{$i}.csv", $csv, $handler);
    $total += $job->run();
}
