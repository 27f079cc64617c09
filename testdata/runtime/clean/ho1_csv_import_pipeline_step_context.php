<?php
// A queue worker processes CSV import messages; each import job instantiates its pipeline steps from the class names listed in the importer configuration and hands itself to each step as it runs.

interface ImportStep
{
    public function process(array $row, ImportJob $job): ?array;
}

abstract class AbstractStep implements ImportStep
{
    public function __construct(
        protected array $options = [],
    ) {}

    protected function reject(ImportJob $job, array $row, string $reason): ?array
    {
        $job->reportError($row, static::class . ': ' . $reason);
        return null;
    }
}

final class NormalizeStep extends AbstractStep
{
    public function process(array $row, ImportJob $job): ?array
    {
        $out = [];
        foreach ($row as $key => $value) {
            $out[strtolower(trim($key))] = is_string($value) ? trim($value) : $value;
        }
        return $out;
    }
}

final class ValidateStep extends AbstractStep
{
    public function process(array $row, ImportJob $job): ?array
    {
        foreach ($this->options['required'] ?? [] as $column) {
            if (($row[$column] ?? '') === '') {
                return $this->reject($job, $row, "missing {$column}");
            }
        }
        if (isset($row['price']) && !is_numeric($row['price'])) {
            return $this->reject($job, $row, 'price is not numeric');
        }
        return $row;
    }
}

final class DeduplicateStep extends AbstractStep
{
    public function process(array $row, ImportJob $job): ?array
    {
        $key = $row[$this->options['key'] ?? 'sku'] ?? null;
        if ($key !== null && $job->hasSeen($key)) {
            return $this->reject($job, $row, "duplicate {$key}");
        }
        $job->markSeen((string) $key);
        return $row;
    }
}

final class ImportJob
{
    /** @var list<ImportStep> */
    private array $steps = [];
    private array $errors = [];
    private array $seen = [];
    private int $imported = 0;

    public function __construct(private string $id, array $pipeline)
    {
        foreach ($pipeline as $stepClass => $options) {
            $this->steps[] = new $stepClass($options);
        }
    }

    public function run(iterable $rows): array
    {
        foreach ($rows as $row) {
            foreach ($this->steps as $step) {
                $row = $step->process($row, $this);
                if ($row === null) {
                    continue 2;
                }
            }
            $this->imported++;
        }
        return ['job' => $this->id, 'imported' => $this->imported, 'errors' => count($this->errors)];
    }

    public function reportError(array $row, string $reason): void
    {
        $this->errors[] = $reason . ' (' . json_encode($row) . ')';
    }

    public function hasSeen(string $key): bool
    {
        return isset($this->seen[$key]);
    }

    public function markSeen(string $key): void
    {
        $this->seen[$key] = true;
    }
}

final class ImportWorker
{
    private int $processed = 0;

    public function __construct(private array $config) {}

    public function consume(array $message): array
    {
        $pipeline = $this->config['importers'][$message['type']]['pipeline'];
        $job = new ImportJob($message['id'], $pipeline);
        $this->processed++;
        return $job->run($this->parse($message['payload']));
    }

    private function parse(string $csv): Generator
    {
        $lines = explode("\n", trim($csv));
        $header = str_getcsv(array_shift($lines));
        foreach ($lines as $line) {
            yield array_combine($header, str_getcsv($line));
        }
    }
}

$config = [
    'importers' => [
        'products' => [
            'pipeline' => [
                NormalizeStep::class => [],
                ValidateStep::class => ['required' => ['sku', 'name']],
                DeduplicateStep::class => ['key' => 'sku'],
            ],
        ],
    ],
];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new ImportWorker($config);
for ($i = 0; $i < $n; $i++) {
    $csv = "SKU,Name,Price\nA-{$i},Widget {$i},9.99\nB-{$i},Gadget,abc\nA-{$i},Widget again,4.50\n";
    $worker->consume(['id' => 'job-' . $i, 'type' => 'products', 'payload' => $csv]);
}
