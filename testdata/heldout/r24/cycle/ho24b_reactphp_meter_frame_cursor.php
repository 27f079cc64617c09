<?php

declare(strict_types=1);

// ReactPHP socket server for smart-meter concentrators. Each TCP chunk is a
// length-prefixed bundle of frames: a header frame (meter id, tariff, clock)
// followed by register frames. The header decides which handler takes the
// bundle; handlers pull register frames from the session's frame cursor.

namespace Metering;

final class FrameBundle
{
    private ?\Generator $cursor = null;

    private ?array $header = null;

    public function __construct(public readonly string $remote, private string $buffer)
    {
    }

    /** @return \Generator<int, string> */
    private function frames(): \Generator
    {
        $offset = 0;
        $length = strlen($this->buffer);
        while ($offset + 2 <= $length) {
            $size = unpack('n', $this->buffer, $offset)[1];
            yield substr($this->buffer, $offset + 2, $size);
            $offset += 2 + $size;
        }
    }

    private function cursor(): \Generator
    {
        return $this->cursor ??= $this->frames(); // leak
    }

    public function header(): array
    {
        if ($this->header === null) {
            $this->header = json_decode($this->cursor()->current(), true, 4, JSON_THROW_ON_ERROR);
            $this->cursor()->next();
        }

        return $this->header;
    }

    public function nextFrame(): ?string
    {
        $cursor = $this->cursor();
        if (!$cursor->valid()) {
            return null;
        }
        $frame = $cursor->current();
        $cursor->next();

        return $frame;
    }
}

final class RegisterStore
{
    /** @var array<string, array{import_wh: int, export_wh: int, updated: int}> keyed by provisioned meter id */
    private array $registers = [];

    /** @param list<string> $meters */
    public function __construct(array $meters)
    {
        foreach ($meters as $m) {
            $this->registers[$m] = ['import_wh' => 0, 'export_wh' => 0, 'updated' => 0];
        }
    }

    public function update(string $meterId, string $obis, int $value, int $at): void
    {
        if (!isset($this->registers[$meterId])) {
            return;
        }
        match ($obis) {
            '1.8.0' => $this->registers[$meterId]['import_wh'] = $value,
            '2.8.0' => $this->registers[$meterId]['export_wh'] = $value,
            default => null,
        };
        $this->registers[$meterId]['updated'] = $at;
    }
}

final class BillingRegisterHandler
{
    public function __construct(private RegisterStore $store)
    {
    }

    /** Billing only needs the import and export totals, which the meter sends first. */
    public function handle(FrameBundle $bundle): void
    {
        $h = $bundle->header();
        for ($k = 0; $k < 2; $k++) {
            $frame = $bundle->nextFrame();
            if ($frame === null) {
                return;
            }
            [$obis, $value] = explode('=', $frame, 2);
            $this->store->update($h['meter'], $obis, (int) $value, $h['clock']);
        }
    }
}

final class EventLogHandler
{
    private int $events = 0;

    public function handle(FrameBundle $bundle): void
    {
        $bundle->header();
        $this->events++;
    }
}

/** React\EventEmitter stand-in. */
class EventEmitter
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, array $args = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }
}

final class Connection extends EventEmitter
{
    public function __construct(public readonly string $remoteAddress)
    {
    }

    public function write(string $data): void
    {
    }
}

function encodeBundle(array $header, array $registers): string
{
    $frames = [json_encode($header)];
    foreach ($registers as $obis => $value) {
        $frames[] = $obis . '=' . $value;
    }
    $out = '';
    foreach ($frames as $f) {
        $out .= pack('n', strlen($f)) . $f;
    }

    return $out;
}

$meters = [];
for ($m = 0; $m < 64; $m++) {
    $meters[] = sprintf('ESMR5-%08d', 31_000_000 + $m * 97);
}
$billing = new BillingRegisterHandler(new RegisterStore($meters));
$events = new EventLogHandler();

$conn = new Connection('tcp://10.40.2.17:40211');
$conn->on('data', static function (string $chunk) use ($conn, $billing, $events): void {
    $bundle = new FrameBundle($conn->remoteAddress, $chunk);
    match ($bundle->header()['type']) {
        'registers' => $billing->handle($bundle),
        default => $events->handle($bundle),
    };
    $conn->write("ACK\n");
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $meter = $meters[($i * 5) % 64];
    $conn->emit('data', [encodeBundle(
        ['meter' => $meter, 'type' => $i % 8 === 7 ? 'event' : 'registers', 'tariff' => 1 + $i % 2, 'clock' => 1_700_000_000 + $i * 15],
        ['1.8.0' => 4_200_000 + $i * 11, '2.8.0' => 310_000 + $i * 2, '1.8.1' => 2_100_000 + $i * 6, '1.8.2' => 2_100_000 + $i * 5, '32.7.0' => 229 + $i % 4, '31.7.0' => 3 + $i % 9, '14.7.0' => 50],
    )]);
}
