<?php

declare(strict_types=1);

// AMPHP goods-in service: dock scanners stream receipt scans; a sliding
// five-minute window per dock gives the pallets-per-hour figure shown on
// the dock boards.

final class Future
{
    public function __construct(private mixed $value)
    {
    }

    public function await(): mixed
    {
        return $this->value;
    }
}

function async(Closure $closure, mixed ...$args): Future
{
    return new Future($closure(...$args));
}

final class ScanSample
{
    public function __construct(
        public readonly string $dock,
        public readonly string $sscc,
        public readonly string $sku,
        public readonly int $cases,
        public readonly int $scannedAtMs,
        public readonly string $operator,
    ) {
    }
}

final class DockThroughputWindow
{
    private const WINDOW_SECONDS = 300;

    /** @var array<string, list<ScanSample>> */
    private array $windows = [];

    /** @param list<string> $docks */
    public function __construct(array $docks)
    {
        foreach ($docks as $dock) {
            $this->windows[$dock] = [];
        }
    }

    public function record(ScanSample $sample): void
    {
        if (!array_key_exists($sample->dock, $this->windows)) {
            return;
        }
        $this->windows[$sample->dock][] = $sample; // leak
        $this->evict($sample->dock, intdiv($sample->scannedAtMs, 1000) - self::WINDOW_SECONDS);
    }

    private function evict(string $dock, int $cutoffSeconds): void
    {
        while ($this->windows[$dock] !== [] && $this->windows[$dock][0]->scannedAtMs < $cutoffSeconds) {
            array_shift($this->windows[$dock]);
        }
    }

    public function palletsPerHour(string $dock): float
    {
        $n = count($this->windows[$dock] ?? []);
        return $n * 3600 / self::WINDOW_SECONDS;
    }
}

final class GoodsInScanService
{
    public function __construct(private DockThroughputWindow $window)
    {
    }

    /** @return Generator<int, ScanSample> */
    public function decode(array $frame): Generator
    {
        foreach ($frame['pallets'] as $pallet) {
            yield new ScanSample(
                $frame['dock'],
                $pallet['sscc'],
                $pallet['gtin'],
                (int) $pallet['cases'],
                (int) $frame['ts_ms'],
                $frame['operator'],
            );
        }
    }

    public function handleFrame(string $json): array
    {
        $frame = json_decode($json, true, 8, JSON_THROW_ON_ERROR);
        $received = 0;
        foreach ($this->decode($frame) as $sample) {
            $this->window->record($sample);
            $received++;
        }
        return ['dock' => $frame['dock'], 'received' => $received, 'pph' => $this->window->palletsPerHour($frame['dock'])];
    }
}

$docks = ['DOCK-01', 'DOCK-02', 'DOCK-03', 'DOCK-04'];
$service = new GoodsInScanService(new DockThroughputWindow($docks));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $frame = json_encode([
        'dock' => $docks[$i % 4],
        'operator' => sprintf('GI-%03d', 40 + $i % 5),
        'ts_ms' => 1715500000000 + $i * 9000,
        'pallets' => [
            ['sscc' => sprintf('00350123450%07d', $i * 3), 'gtin' => sprintf('0501234500%04d', $i % 300), 'cases' => 40],
            ['sscc' => sprintf('00350123450%07d', $i * 3 + 1), 'gtin' => sprintf('0501234500%04d', ($i + 7) % 300), 'cases' => 24],
            ['sscc' => sprintf('00350123450%07d', $i * 3 + 2), 'gtin' => sprintf('0501234500%04d', ($i + 11) % 300), 'cases' => 60],
        ],
    ]);
    $result = async(fn (string $payload) => $service->handleFrame($payload), $frame)->await();
    unset($frame, $result);
}
