<?php

declare(strict_types=1);

// Laravel queue worker (queue:work --queue=dms-sync) importing service history
// exported by dealership management systems. Each job carries a CSV extract,
// newest record first; the reader stops at the last record already synced.

interface ShouldQueue
{
}

final class QueueJobPayload
{
    public function __construct(
        public readonly string $uuid,
        public readonly string $displayName,
        public readonly array $data,
        public int $attempts = 0,
    ) {
    }
}

final class ServiceRecord
{
    public function __construct(
        public readonly string $vin,
        public readonly string $roNumber,
        public readonly int $performedAt,
        public readonly int $odometerKm,
        public readonly string $operationCode,
        public readonly string $description,
    ) {
    }
}

final class DmsServiceHistoryReader
{
    private ?\Generator $cursor = null;

    /** @param list<string> $lines */
    public function __construct(
        private readonly string $dealerCode,
        private readonly array $lines,
    ) {
    }

    /** @return \Generator<int, ServiceRecord> */
    public function records(): \Generator
    {
        foreach ($this->lines as $n => $line) {
            if ($n === 0 || $line === '') {
                continue; // header row
            }
            yield $this->parse($line);
        }
    }

    public function cursor(): \Generator
    {
        return $this->cursor ??= $this->records(); // leak
    }

    public function dealerCode(): string
    {
        return $this->dealerCode;
    }

    private function parse(string $line): ServiceRecord
    {
        [$vin, $ro, $date, $odo, $op, $desc] = str_getcsv($line);

        return new ServiceRecord($vin, $ro, (int) strtotime($date . ' 00:00:00 UTC'), (int) $odo, $op, $desc);
    }
}

final class ServiceHistoryRepository
{
    /** @var array<string, int> last synced performedAt per dealer */
    private array $watermarks = [];
    private int $imported = 0;

    public function watermark(string $dealerCode): int
    {
        return $this->watermarks[$dealerCode] ?? 0;
    }

    public function upsert(string $dealerCode, ServiceRecord $record): void
    {
        $this->imported++;
        if ($record->performedAt > ($this->watermarks[$dealerCode] ?? 0)) {
            $this->watermarks[$dealerCode] = $record->performedAt;
        }
    }
}

final class SyncDealerServiceHistory implements ShouldQueue
{
    public function __construct(private readonly array $payload)
    {
    }

    public function handle(ServiceHistoryRepository $history): void
    {
        $reader = new DmsServiceHistoryReader($this->payload['dealer'], explode("\n", $this->payload['csv']));
        $since = $history->watermark($reader->dealerCode());

        foreach ($reader->cursor() as $record) {
            if ($record->performedAt <= $since) {
                break; // everything below is already imported
            }
            $history->upsert($reader->dealerCode(), $record);
        }
    }
}

final class Worker
{
    public function __construct(private readonly ServiceHistoryRepository $history)
    {
    }

    public function process(QueueJobPayload $job): void
    {
        $job->attempts++;
        $command = new ($job->displayName)($job->data);
        $command->handle($this->history);
    }
}

function dms_extract(int $i, array $dealers): array
{
    $dealer = $dealers[$i % count($dealers)];
    $rows = ['vin,ro_number,date,odometer,op_code,description'];
    $base = 1_700_000_000 + intdiv($i, count($dealers)) * 86_400;
    for ($r = 0; $r < 6; $r++) {
        $vin = sprintf('WDD%014d', 20_000_000 + $i * 7 + $r);
        $rows[] = sprintf(
            '%s,RO-%s-%06d,%s,%d,%s,"%s"',
            $vin,
            $dealer,
            $i * 10 + $r,
            gmdate('Y-m-d', $base - $r * 86_400 * 3),
            40_000 + $i * 13 + $r * 500,
            ['A01', 'B12', 'OIL', 'BRK'][$r % 4],
            'Scheduled maintenance ' . str_repeat('*', 10 + $r) . ' tech #' . ($i % 17),
        );
    }

    return ['dealer' => $dealer, 'csv' => implode("\n", $rows)];
}

$dealers = ['DE-MUC-04', 'DE-BER-11', 'AT-VIE-02'];
$worker = new Worker(new ServiceHistoryRepository());
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $worker->process(new QueueJobPayload(
        sprintf('%08x-job-%d', crc32((string) $i), $i),
        SyncDealerServiceHistory::class,
        dms_extract($i, $dealers),
    ));
}
