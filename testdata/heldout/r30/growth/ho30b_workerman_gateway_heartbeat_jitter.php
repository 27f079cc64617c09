<?php

declare(strict_types=1);

/*
 * Zigbee/Thread gateway heartbeat monitor. Gateways keep a TCP connection to
 * this Workerman process and send a JSON heartbeat every few seconds.
 */

// -------------------------------------------------------- workerman stand-ins

final class TcpConnection
{
    public int $bytesSent = 0;

    public function __construct(public readonly int $id, public readonly string $remoteAddress)
    {
    }

    public function send(string $buffer): bool
    {
        $this->bytesSent += strlen($buffer);

        return true;
    }
}

final class Worker
{
    /** @var (callable(TcpConnection): void)|null */
    public $onConnect = null;
    /** @var (callable(TcpConnection, string): void)|null */
    public $onMessage = null;
    public int $count = 1;
    public string $name = 'none';

    /** @var list<Worker> */
    private static array $workers = [];

    public function __construct(public readonly string $socketName)
    {
        self::$workers[] = $this;
    }

    /** Stand-in for the event loop: $frames() yields [connection, data] pairs. */
    public static function runAll(callable $frames): void
    {
        foreach (self::$workers as $worker) {
            foreach ($frames() as [$connection, $data]) {
                ($worker->onMessage)($connection, $data);
            }
        }
    }
}

// ---------------------------------------------------------------- application

final class HeartbeatFrame
{
    private function __construct(
        public readonly string $gateway,
        public readonly int $seq,
        public readonly float $sentAt,
        public readonly array $neighbors,
    ) {
    }

    public static function parse(string $data): ?self
    {
        $raw = json_decode($data, true);
        if (!is_array($raw) || ($raw['type'] ?? null) !== 'heartbeat') {
            return null;
        }

        return new self((string) $raw['gw'], (int) $raw['seq'], (float) $raw['sent_at'], $raw['neighbors'] ?? []);
    }
}

/** @param list<array{gw: string, rtt: float, frame: string}> $samples */
function record_rtt(array &$samples, HeartbeatFrame $hb, float $rtt, string $frame): void
{
    $samples[] = ['gw' => $hb->gateway, 'rtt' => $rtt, 'frame' => $frame]; // leak
}

/** @param list<array{gw: string, rtt: float}> $samples */
function rtt_jitter(array $samples): float
{
    $n = count($samples);
    if ($n < 2) {
        return 0.0;
    }
    $sum = 0.0;
    for ($i = 1; $i < $n; $i++) {
        $sum += abs($samples[$i]['rtt'] - $samples[$i - 1]['rtt']);
    }

    return $sum / ($n - 1);
}

function lab_baseline(): array
{
    $samples = [];
    foreach ([12.1, 11.8, 12.6, 13.0, 12.2, 11.9, 12.4, 12.8] as $k => $rtt) {
        $samples[] = ['gw' => 'lab-gw', 'rtt' => $rtt, 'frame' => ''];
    }

    return $samples;
}

$worker = new Worker('tcp://0.0.0.0:7788');
$worker->name = 'gateway-heartbeat';

$samples = lab_baseline();
$clock = 1_700_000_000.0;
$maxJitterMs = 25.0;

$worker->onMessage = function (TcpConnection $connection, string $data) use (&$samples, &$clock, $maxJitterMs): void {
    $hb = HeartbeatFrame::parse($data);
    if ($hb === null) {
        $connection->send('{"error":"unexpected frame"}');

        return;
    }

    $clock += 0.25;
    $rtt = max(0.0, ($clock - $hb->sentAt) * 1000);
    record_rtt($samples, $hb, $rtt, $data);

    $jitter = rtt_jitter($samples);
    $connection->send(json_encode([
        'type' => 'ack',
        'seq' => $hb->seq,
        'degraded' => $jitter > $maxJitterMs,
    ]));
};

$gateways = [];
foreach (['gw-kitchen', 'gw-attic', 'gw-garage'] as $k => $name) {
    $gateways[$name] = new TcpConnection($k + 1, "192.168.10." . (20 + $k) . ':51' . (100 + $k));
}

Worker::runAll(static function () use ($gateways, &$clock): Generator {
    $names = array_keys($gateways);
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $gw = $names[$i % count($names)];
        $neighbors = [];
        for ($k = 0; $k < 6; $k++) {
            $neighbors[] = ['ieee' => sprintf('00:15:8d:00:%02x:%02x:%02x:%02x', $k, $i % 256, ($i >> 8) % 256, $k * 7), 'lqi' => 120 + ($i + $k) % 135];
        }
        yield [$gateways[$gw], json_encode([
            'type' => 'heartbeat',
            'gw' => $gw,
            'seq' => $i,
            'sent_at' => $clock + 0.25 - (8 + ($i % 11)) / 1000,
            'uptime' => 3600 + $i * 5,
            'neighbors' => $neighbors,
        ])];
    }
});
