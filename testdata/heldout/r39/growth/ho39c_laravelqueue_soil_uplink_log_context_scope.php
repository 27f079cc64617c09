<?php

declare(strict_types=1);

// `php artisan queue:work` consuming LoRaWAN uplinks from soil probes. Each
// job pushes its log context (device, farm, job id) so every log line of
// the job carries it, and pops it when the job is done.

final class LogContext
{
    /** @var list<array<string, scalar>> */
    private static array $frames = [];

    public static function push(array $context): int
    {
        self::$frames[] = $context; // leak

        return count(self::$frames);
    }

    public static function popTo(int $depth): void
    {
        while (count(self::$frames) >= $depth && self::$frames !== []) {
            array_pop(self::$frames);
        }
    }

    public static function current(): array
    {
        return array_merge([], ...self::$frames);
    }
}

final class RingLogger
{
    /** @var array<int, string> */
    private array $lines = [];
    private int $next = 0;

    public function __construct(private readonly int $capacity = 50)
    {
    }

    public function log(string $level, string $message, array $context = []): void
    {
        $this->lines[$this->next] = sprintf('%s %s %s', strtoupper($level), $message, json_encode($context));
        $this->next = ($this->next + 1) % $this->capacity;
    }
}

final class SoilUplinkDecoder
{
    /** @return array{vwc: float, temp_c: float, ec_dsm: float, battery_v: float} */
    public function decode(string $hex): array
    {
        $w = unpack('nvwc/ntemp/nec/nbat', hex2bin($hex));

        return [
            'vwc' => $w['vwc'] / 1000,
            'temp_c' => ($w['temp'] - 400) / 10,
            'ec_dsm' => $w['ec'] / 100,
            'battery_v' => $w['bat'] / 1000,
        ];
    }
}

final class PlausibilityFilter
{
    public function reject(array $reading): ?string
    {
        return match (true) {
            $reading['vwc'] <= 0.0 || $reading['vwc'] > 0.55 => 'vwc out of range',
            $reading['temp_c'] < -15 || $reading['temp_c'] > 55 => 'soil temperature out of range',
            $reading['battery_v'] < 3.3 => 'brown-out: battery below 3.3 V',
            default => null,
        };
    }
}

final class ReadingRepository
{
    /** @var array<string, array> latest reading per farm (farms configured at boot) */
    private array $latestByFarm;

    public function __construct(array $farmIds)
    {
        $this->latestByFarm = array_fill_keys($farmIds, []);
    }

    public function store(string $farmId, array $reading): void
    {
        if (isset($this->latestByFarm[$farmId])) {
            $this->latestByFarm[$farmId] = $reading;
        }
    }
}

final class IngestSoilUplink
{
    public function __construct(public readonly string $jobId, public readonly int $attempt, public readonly array $uplink)
    {
    }

    public function handle(SoilUplinkDecoder $decoder, PlausibilityFilter $filter, ReadingRepository $repository, RingLogger $log): void
    {
        $depth = LogContext::push([
            'job' => $this->jobId,
            'attempt' => $this->attempt,
            'dev_eui' => $this->uplink['end_device_ids']['dev_eui'],
            'farm' => $this->uplink['end_device_ids']['application_ids']['application_id'],
            'gateway' => $this->uplink['uplink_message']['rx_metadata'][0]['gateway_id'],
            'rssi' => $this->uplink['uplink_message']['rx_metadata'][0]['rssi'],
            'f_cnt' => $this->uplink['uplink_message']['f_cnt'],
            'spreading_factor' => $this->uplink['uplink_message']['settings']['data_rate']['lora']['spreading_factor'],
            'received_at' => $this->uplink['received_at'],
            'correlation_id' => $this->uplink['correlation_ids'][0],
            'queue' => 'soil-uplinks',
        ]);

        $reading = $decoder->decode($this->uplink['uplink_message']['frm_payload']);
        if (null !== ($why = $filter->reject($reading))) {
            $log->log('warning', 'discarding soil uplink: ' . $why, LogContext::current());

            return;
        }

        $repository->store(LogContext::current()['farm'], $reading);
        $log->log('debug', 'stored soil uplink', LogContext::current());
        LogContext::popTo($depth);
    }
}

final class QueueWorker
{
    public function __construct(private readonly array $services)
    {
    }

    public function runNextJob(IngestSoilUplink $job): void
    {
        try {
            $job->handle(...$this->services);
        } catch (Throwable $e) {
            $this->services[3]->log('error', $e->getMessage());
        }
    }
}

$worker = new QueueWorker([
    new SoilUplinkDecoder(),
    new PlausibilityFilter(),
    new ReadingRepository(['farm-creekside', 'farm-hilltop', 'farm-delta']),
    new RingLogger(),
]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $payload = bin2hex(pack('nnnn', 180 + ($i * 53) % 520, 400 + 180 + $i % 60, 35 + $i % 90, 3050 + ($i * 17) % 700));
    $job = new IngestSoilUplink(sprintf('%08x-4f1c-9a2e-%012d', crc32((string) $i), $i), 1 + intdiv($i % 10, 9), [
        'end_device_ids' => [
            'dev_eui' => sprintf('A84041%010X', 0x3F0000 + $i % 240),
            'application_ids' => ['application_id' => ['farm-creekside', 'farm-hilltop', 'farm-delta'][$i % 3]],
        ],
        'correlation_ids' => [sprintf('as:up:01J%023X', crc32("up{$i}") * 7919 + $i)],
        'received_at' => date('Y-m-d\TH:i:s', 1719800000 + $i * 60) . '.' . sprintf('%06dZ', ($i * 7919) % 1000000),
        'uplink_message' => [
            'f_cnt' => 1000 + $i,
            'frm_payload' => $payload,
            'settings' => ['data_rate' => ['lora' => ['spreading_factor' => 7 + $i % 6, 'bandwidth' => 125000]]],
            'rx_metadata' => [['gateway_id' => 'rak7289-pumphouse-' . ($i % 2), 'rssi' => -70 - $i % 45]],
        ],
    ]);
    $worker->runNextJob($job);
}
