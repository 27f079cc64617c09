<?php

declare(strict_types=1);

// Workerman TCP worker receiving alarm frames from site gateways (cold-chain
// freezers, substation sensors). Repeated alarms for the same device and
// condition are suppressed so the on-call rota is paged once per incident.

namespace Alerting;

final class Alarm
{
    public function __construct(
        public readonly string $deviceId,
        public readonly string $code,
        public readonly string $severity,
        public readonly string $site,
        public readonly string $message,
        public readonly int $raisedAt,
        public readonly array $labels,
    ) {
    }

    public static function fromFrame(string $frame): self
    {
        $f = json_decode($frame, true, 8, JSON_THROW_ON_ERROR);

        return new self($f['device'], $f['code'], $f['severity'], $f['site'], $f['msg'], $f['ts'], $f['labels'] ?? []);
    }
}

final class SuppressedAlarm
{
    public int $occurrences = 1;

    public function __construct(public readonly Alarm $first, public int $lastSeen)
    {
    }
}

trait RemembersRecentAlarms
{
    /** @var array<string, SuppressedAlarm> insertion-ordered, oldest first */
    private static array $recent = [];

    private static int $window = 128;

    private static function fingerprint(Alarm $alarm): string
    {
        // one incident = device + condition + 10-minute bucket
        return sha1($alarm->deviceId . '|' . $alarm->code . '|' . intdiv($alarm->raisedAt, 600));
    }

    private static function recall(string $fingerprint): ?SuppressedAlarm
    {
        return self::$recent[$fingerprint] ?? null;
    }

    private static function remember(string $fingerprint, Alarm $alarm): void
    {
        self::$recent[$fingerprint] = new SuppressedAlarm($alarm, $alarm->raisedAt);
        self::evictOldest();
    }

    private static function refresh(string $fingerprint, int $seenAt): void
    {
        $entry = self::$recent[$fingerprint];
        unset(self::$recent[$fingerprint]);
        $entry->occurrences++;
        $entry->lastSeen = $seenAt;
        self::$recent[$fingerprint] = $entry;
        self::evictOldest();
    }

    private static function evictOldest(): void
    {
        if (count(self::$recent) > self::$window) {
            unset(self::$recent[array_key_first(self::$recent)]);
        }
    }
}

final class AlarmDeduplicator
{
    use RemembersRecentAlarms;

    public function shouldPage(Alarm $alarm): bool
    {
        $fp = self::fingerprint($alarm);
        if (self::recall($fp) !== null) {
            self::refresh($fp, $alarm->raisedAt);

            return false;
        }
        self::remember($fp, $alarm);

        return $alarm->severity !== 'info';
    }
}

final class PagerDutyClient
{
    private int $sent = 0;

    public function trigger(Alarm $alarm): string
    {
        $this->sent++;

        return 'pd-' . substr(sha1($alarm->deviceId . $alarm->raisedAt), 0, 12);
    }
}

/** Workerman\Connection\TcpConnection stand-in. */
final class TcpConnection
{
    public function __construct(public readonly string $remoteAddress)
    {
    }

    public function send(string $data): void
    {
    }
}

/** Workerman\Worker stand-in: onMessage fires once per frame received. */
final class Worker
{
    /** @var callable|null */
    public $onMessage = null;

    public function __construct(public readonly string $listen)
    {
    }

    public static function runAll(Worker $worker, int $frames): void
    {
        $codes = ['TEMP_HIGH', 'DOOR_OPEN', 'POWER_LOSS', 'COMPRESSOR_FAULT', 'HUMIDITY_HIGH'];
        $sites = ['rotterdam-dc1', 'hamburg-dc2', 'lyon-dc1'];
        $conn = new TcpConnection('10.8.0.12:51812');
        for ($i = 0; $i < $frames; $i++) {
            $device = sprintf('frz-%05d', ($i * 37) % 9000);
            $frame = json_encode([
                'device' => $device,
                'code' => $codes[$i % 5],
                'severity' => $i % 11 === 0 ? 'info' : 'critical',
                'site' => $sites[$i % 3],
                'msg' => sprintf('%s on %s: reading %.1f exceeds threshold for %d s', $codes[$i % 5], $device, -12.0 + ($i % 90) / 10, 30 + $i % 300),
                'ts' => 1_700_000_000 + $i * 20,
                'labels' => ['gateway' => 'gw-' . ($i % 40), 'fw' => '4.2.' . ($i % 7), 'zone' => 'z' . ($i % 12)],
            ]);
            ($worker->onMessage)($conn, $frame);
            // the gateway retransmits unacknowledged frames now and then
            if ($i % 10 === 9) {
                ($worker->onMessage)($conn, $frame);
            }
        }
    }
}

$dedup = new AlarmDeduplicator();
$pager = new PagerDutyClient();

$worker = new Worker('tcp://0.0.0.0:7300');
$worker->onMessage = static function (TcpConnection $connection, string $frame) use ($dedup, $pager): void {
    $alarm = Alarm::fromFrame($frame);
    $incident = $dedup->shouldPage($alarm) ? $pager->trigger($alarm) : null;
    $connection->send(json_encode(['ack' => $alarm->deviceId, 'incident' => $incident]));
};

Worker::runAll($worker, (int) (getenv('PHPLEAK_N') ?: 100));
