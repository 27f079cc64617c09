<?php

declare(strict_types=1);

// Stand-ins for Workerman: callbacks are assigned at boot, Worker::runAll()
// then feeds the gate scanners' messages to onMessage for the life of the process.
final class TcpConnection
{
    public string $lastSent = '';

    public function __construct(public readonly string $remoteAddress)
    {
    }

    public function send(string $payload): void
    {
        $this->lastSent = $payload;
    }
}

final class Worker
{
    /** @var list<self> */
    private static array $workers = [];

    public ?\Closure $onMessage = null;
    public int $count = 1;

    public function __construct(public readonly string $socketName)
    {
        self::$workers[] = $this;
    }

    public static function runAll(): void
    {
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        $gate = new TcpConnection('10.4.0.17:50211');
        foreach (self::$workers as $worker) {
            for ($i = 0; $i < $max; $i++) {
                $frame = json_encode([
                    'ticket' => sprintf('TE-%s-%06d', date('Ymd', 1735689600), $i),
                    'slot' => sprintf('%02d:%02d', 10 + intdiv($i % 32, 4), ($i % 4) * 15),
                    'exhibition' => 'Hokusai: Beyond the Great Wave',
                    'holder' => 'Visitor ' . $i,
                ]);
                ($worker->onMessage)($gate, $frame);
            }
        }
    }
}

final class TicketScan
{
    public function __construct(
        public readonly string $ticket,
        public readonly string $slot,
        public readonly string $exhibition,
        public readonly string $holder,
        public readonly string $gate,
    ) {
    }
}

/**
 * Per-scan diagnostics (which rule passed, timings) kept beside the scan
 * object, reached from anywhere through ScanAudit::instance().
 */
final class ScanAudit
{
    private static ?self $instance = null;

    private \SplObjectStorage $traces;

    private function __construct()
    {
        $this->traces = new \SplObjectStorage();
    }

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public function note(TicketScan $scan, string $rule, string $outcome): void
    {
        $trace = $this->traces->contains($scan) ? $this->traces[$scan] : [];
        $trace[] = sprintf('%s %s: %s (%s, slot %s, %s)', $scan->gate, $rule, $outcome, $scan->ticket, $scan->slot, $scan->exhibition);
        $this->traces->attach($scan, $trace); // leak
    }

    public function trace(TicketScan $scan): array
    {
        return $this->traces->contains($scan) ? $this->traces[$scan] : [];
    }
}

final class TimedEntryValidator
{
    public function validate(TicketScan $scan, string $now): bool
    {
        $ok = preg_match('/^TE-\d{8}-\d{6}$/', $scan->ticket) === 1;
        ScanAudit::instance()->note($scan, 'format', $ok ? 'ok' : 'bad');

        $inWindow = $scan->slot <= $now;
        ScanAudit::instance()->note($scan, 'slot-window', $inWindow ? 'open' : 'too early');

        return $ok && $inWindow;
    }
}

// ---- boot -----------------------------------------------------------------

$validator = new TimedEntryValidator();

$worker = new Worker('websocket://0.0.0.0:8480');
$worker->count = 4;
$worker->onMessage = static function (TcpConnection $connection, string $data) use ($validator): void {
    $payload = json_decode($data, true);
    $scan = new TicketScan($payload['ticket'], $payload['slot'], $payload['exhibition'], $payload['holder'], 'north-1');

    $admitted = $validator->validate($scan, '17:00');
    $connection->send(json_encode([
        'admit' => $admitted,
        'trace' => $admitted ? [] : ScanAudit::instance()->trace($scan),
    ]));
};

Worker::runAll();
