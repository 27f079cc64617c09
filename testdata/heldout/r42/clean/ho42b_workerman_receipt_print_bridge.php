<?php

declare(strict_types=1);

/*
 * Print bridge for the restaurant's ESC/POS printers, run as a Workerman
 * TCP service: POS terminals send a JSON print request, the bridge renders
 * it for the target printer's profile and streams it out.
 */

/** Stand-in for Workerman\Connection\TcpConnection. */
final class TcpConnection
{
    public int $bytesWritten = 0;

    public function __construct(public readonly string $remoteAddress)
    {
    }

    public function send(string $data): bool
    {
        $this->bytesWritten += strlen($data);

        return true;
    }
}

/** Stand-in for Workerman\Worker: one connection per POS terminal, one message per print. */
final class Worker
{
    /** @var callable|null */
    public $onWorkerStart = null;
    /** @var callable|null */
    public $onMessage = null;

    public function __construct(public readonly string $listen)
    {
    }

    public function runAll(int $messages): void
    {
        ($this->onWorkerStart)($this);
        $terminals = [];
        for ($t = 1; $t <= 4; $t++) {
            $terminals[] = new TcpConnection('10.0.8.' . (20 + $t) . ':51' . $t . '00');
        }
        $dishes = ['Pad See Ew', 'Green Curry', 'Tom Yum', 'Mango Sticky Rice', 'Thai Iced Tea', 'Spring Rolls'];
        for ($i = 1; $i <= $messages; $i++) {
            $lines = [];
            for ($k = 0; $k < 2 + $i % 4; $k++) {
                $lines[] = ['qty' => 1 + ($i + $k) % 3, 'name' => $dishes[($i + $k) % 6], 'mod' => ($i + $k) % 3 === 0 ? 'spice level ' . (1 + $i % 5) : ''];
            }
            ($this->onMessage)($terminals[$i % 4], json_encode([
                'order' => 'R' . (70000 + $i),
                'printer' => ['kitchen-1', 'kitchen-2', 'bar', 'receipt'][$i % 4],
                'server' => ['Nok', 'Sam', 'Ploy'][$i % 3],
                'table' => 1 + $i % 18,
                'lines' => $lines,
                'sent_at' => 1717430000 + $i * 41,
            ]));
        }
    }
}

final class PrinterProfile
{
    public function __construct(
        public readonly string $id,
        public readonly string $address,
        public readonly int $columns,
        public readonly int $copies,
        public readonly bool $cut,
    ) {
    }
}

final class PrintJob
{
    /** @param list<array{qty: int, name: string, mod: string}> $lines */
    public function __construct(
        public readonly string $orderRef,
        public readonly string $printerId,
        public readonly string $header,
        public readonly array $lines,
        public readonly int $sentAt,
    ) {
    }

    public static function fromRequest(array $req): self
    {
        return new self($req['order'], $req['printer'], sprintf('Table %d - %s', $req['table'], $req['server']), $req['lines'], $req['sent_at']);
    }
}

final class SpoolEntry
{
    public function __construct(
        public readonly string $payload,
        public readonly PrinterProfile $profile,
        public readonly int $queuedAt,
    ) {
    }
}

final class EscPosRenderer
{
    public function render(PrintJob $job, PrinterProfile $profile): string
    {
        $out = "\x1B@\x1B!\x30" . str_pad($job->header, $profile->columns) . "\x1B!\x00\n";
        $out .= str_repeat('-', $profile->columns) . "\n";
        foreach ($job->lines as $line) {
            $out .= str_pad($line['qty'] . ' x ' . strtoupper($line['name']), $profile->columns) . "\n";
            if ($line['mod'] !== '') {
                $out .= '   >> ' . $line['mod'] . "\n";
            }
        }
        $out .= date('H:i:s', $job->sentAt) . ' #' . $job->orderRef . "\n";

        return $out . ($profile->cut ? "\x1DV\x41\x03" : "\n\n\n");
    }
}

final class PrintSpooler
{
    /** @var WeakMap<PrintJob, SpoolEntry> jobs waiting for or being sent to a printer */
    private WeakMap $inflight;

    /** @var array<int, int> send attempts per job */
    private array $attempts = [];

    public function __construct(private readonly EscPosRenderer $renderer)
    {
        $this->inflight = new WeakMap();
    }

    public function submit(PrintJob $job, PrinterProfile $profile, int $now): void
    {
        $this->inflight[$job] = new SpoolEntry($this->renderer->render($job, $profile), $profile, $now);
        $this->attempts[spl_object_id($job)] = 0;
    }

    public function flush(PrintJob $job, callable $write): bool
    {
        $entry = $this->inflight[$job] ?? null;
        if ($entry === null) {
            return false;
        }
        $id = spl_object_id($job);
        while ($this->attempts[$id] < 3) {
            $this->attempts[$id]++;
            $ok = true;
            for ($c = 0; $c < $entry->profile->copies; $c++) {
                $ok = $write($entry->profile->address, $entry->payload) && $ok;
            }
            if ($ok) {
                return true;
            }
        }

        return false;
    }
}

$profiles = [];
$spooler = null;

$worker = new Worker('tcp://0.0.0.0:9100');
$worker->onWorkerStart = static function () use (&$profiles, &$spooler): void {
    $profiles = [
        'kitchen-1' => new PrinterProfile('kitchen-1', '10.0.9.11:9100', 42, 1, true),
        'kitchen-2' => new PrinterProfile('kitchen-2', '10.0.9.12:9100', 42, 1, true),
        'bar' => new PrinterProfile('bar', '10.0.9.13:9100', 32, 1, false),
        'receipt' => new PrinterProfile('receipt', '10.0.9.14:9100', 48, 2, true),
    ];
    $spooler = new PrintSpooler(new EscPosRenderer());
};
$worker->onMessage = static function (TcpConnection $conn, string $data) use (&$profiles, &$spooler): void {
    $request = json_decode($data, true);
    $profile = $profiles[$request['printer']] ?? $profiles['receipt'];
    $job = PrintJob::fromRequest($request);
    $spooler->submit($job, $profile, $request['sent_at']);
    $printed = $spooler->flush($job, static fn (string $addr, string $bytes): bool => strlen($bytes) > 0 && $addr !== '');
    $conn->send(json_encode(['order' => $job->orderRef, 'printed' => $printed]) . "\n");
};

$worker->runAll((int) (getenv('PHPLEAK_N') ?: 100));
