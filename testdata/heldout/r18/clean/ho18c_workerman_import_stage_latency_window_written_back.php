<?php

declare(strict_types=1);

namespace App\Import\Pipeline;

enum Stage: string
{
    case Parse = 'parse';
    case Validate = 'validate';
    case Hydrate = 'hydrate';
    case Persist = 'persist';
}

final class StageSample
{
    public function __construct(
        public readonly Stage $stage,
        public readonly float $durationMs,
        public readonly int $rows,
        public readonly string $messageId,
        public readonly float $recordedAt,
    ) {}
}

final class PipelineStats
{
    /** @var array<string, list<StageSample>> */
    private array $samples = [];

    public function __construct(private readonly int $size = 50) {}

    public function record(StageSample $sample): void
    {
        $this->samples[$sample->stage->value][] = $sample;
    }

    public function p95(Stage $stage): float
    {
        $durations = array_map(static fn (StageSample $s): float => $s->durationMs, $this->window($stage));
        if ($durations === []) {
            return 0.0;
        }
        sort($durations);

        return $durations[(int) floor(0.95 * (\count($durations) - 1))];
    }

    /** @return list<StageSample> */
    private function window(Stage $stage): array
    {
        return $this->samples[$stage->value] = array_slice($this->samples[$stage->value] ?? [], -$this->size);
    }
}

final class StageTimer
{
    public function __construct(
        private readonly PipelineStats $stats,
        private readonly string $node = 'import-worker-01',
    ) {}

    /**
     * @template T
     * @param callable(): T $work
     * @return T
     */
    public function measure(Stage $stage, string $messageId, int $rows, callable $work): mixed
    {
        $start = hrtime(true);
        try {
            return $work();
        } finally {
            $this->stats->record(new StageSample($stage, (hrtime(true) - $start) / 1e6, $rows, sprintf('%s/%s/%d', $this->node, $messageId, $rows), microtime(true)));
        }
    }
}

final class CustomerRow
{
    public function __construct(
        public readonly string $email,
        public readonly string $name,
        public readonly string $country,
    ) {}
}

final class CsvImportPipeline
{
    public function __construct(private readonly StageTimer $timer) {}

    /** @return list<CustomerRow> */
    public function run(string $messageId, string $payload): array
    {
        $lines = $this->timer->measure(Stage::Parse, $messageId, 0, static fn (): array => array_map('str_getcsv', explode("\n", trim($payload))));
        $rows = \count($lines);
        $valid = $this->timer->measure(Stage::Validate, $messageId, $rows, static fn (): array => array_values(array_filter(
            $lines,
            static fn (array $l): bool => \count($l) === 3 && filter_var($l[0], FILTER_VALIDATE_EMAIL) !== false,
        )));
        $customers = $this->timer->measure(Stage::Hydrate, $messageId, $rows, static fn (): array => array_map(
            static fn (array $l): CustomerRow => new CustomerRow(strtolower($l[0]), $l[1], strtoupper($l[2])),
            $valid,
        ));

        return $this->timer->measure(Stage::Persist, $messageId, $rows, static fn (): array => $customers);
    }
}

final class ImportService
{
    public function __construct(
        private readonly CsvImportPipeline $pipeline,
        private readonly PipelineStats $stats,
    ) {}

    public function onMessage(object $connection, string $data): void
    {
        ['id' => $id, 'csv' => $csv] = json_decode($data, true, 512, JSON_THROW_ON_ERROR);
        $imported = $this->pipeline->run($id, $csv);
        $connection->send(json_encode([
            'id' => $id,
            'imported' => \count($imported),
            'p95_ms' => array_combine(
                array_map(static fn (Stage $s): string => $s->value, Stage::cases()),
                array_map($this->stats->p95(...), Stage::cases()),
            ),
        ]));
    }
}

final class TcpConnection
{
    public function send(string $buffer): bool
    {
        return $buffer !== '';
    }
}

final class Worker
{
    /** @var (\Closure(TcpConnection, string): void)|null */
    public ?\Closure $onMessage = null;

    public function runAll(int $messages): void
    {
        $connection = new TcpConnection();
        for ($i = 0; $i < $messages; $i++) {
            $csv = "ann{$i}@example.org,Ann {$i},de\nbob{$i}@example.org,Bob {$i},fr\nnot-an-email,X,nl";
            ($this->onMessage)($connection, json_encode(['id' => 'imp-' . $i, 'csv' => $csv]));
        }
    }
}

$stats = new PipelineStats();
$service = new ImportService(new CsvImportPipeline(new StageTimer($stats)), $stats);
$worker = new Worker();
$worker->onMessage = $service->onMessage(...);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker->runAll($n);
