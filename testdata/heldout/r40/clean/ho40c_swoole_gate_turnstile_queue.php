<?php

declare(strict_types=1);

/*
 * Gate scanning service on a Swoole HTTP server. Each request from a handheld
 * scanner carries the batch of barcodes it read since its last sync; the
 * turnstile is opened for the first valid ticket and the rest are shown on the
 * steward's screen as "next in line".
 */

final class SwooleRequestStub
{
    public array $server = [];
    public array $header = [];
    public ?string $body = null;

    public function rawContent(): string
    {
        return (string) $this->body;
    }
}

final class SwooleResponseStub
{
    public int $status = 200;
    public string $content = '';

    public function status(int $code): void
    {
        $this->status = $code;
    }

    public function end(string $content = ''): void
    {
        $this->content = $content;
    }
}

final class SwooleHttpServerStub
{
    /** @var array<string, callable> */
    private array $handlers = [];

    public function on(string $event, callable $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function dispatch(SwooleRequestStub $request): SwooleResponseStub
    {
        $response = new SwooleResponseStub();
        ($this->handlers['request'])($request, $response);

        return $response;
    }
}

final class TicketRules
{
    /** @param list<string> $openGates */
    public function __construct(private array $openGates, private int $eventId)
    {
    }

    public function admits(string $gate, array $scan): bool
    {
        return $scan['event'] === $this->eventId
            && in_array($gate, $this->openGates, true)
            && $scan['checksum'] === substr(hash('crc32b', $scan['barcode']), 0, 4);
    }
}

final class ScanBatch
{
    private ?Generator $cursor = null;

    /** @param list<array{barcode: string, event: int, checksum: string, read_at: string, raw: string}> $scans */
    public function __construct(
        public readonly string $gate,
        public readonly string $deviceId,
        private array $scans,
        private TicketRules $rules,
    ) {
    }

    public function nextAdmissible(): ?array
    {
        $this->cursor ??= $this->admissible();
        if (!$this->cursor->valid()) {
            return null;
        }
        $scan = $this->cursor->current();
        $this->cursor->next();

        return $scan;
    }

    public function queuedCount(): int
    {
        return count($this->scans);
    }

    private function admissible(): Generator
    {
        foreach ($this->scans as $position => $scan) {
            if ($this->rules->admits($this->gate, $scan)) {
                yield $position => $scan;
            }
        }
    }
}

final class TurnstileController
{
    private int $opened = 0;

    public function __construct(private TicketRules $rules)
    {
    }

    public function __invoke(SwooleRequestStub $request, SwooleResponseStub $response): void
    {
        $payload = json_decode($request->rawContent(), true, 8, JSON_THROW_ON_ERROR);
        $batch = new ScanBatch(
            $request->header['x-gate'] ?? 'A',
            $request->header['x-device'] ?? 'unknown',
            $payload['scans'],
            $this->rules,
        );

        $first = $batch->nextAdmissible();
        if ($first === null) {
            $response->status(403);
            $response->end('{"open":false}');

            return;
        }

        $nextInLine = [];
        while (($scan = $batch->nextAdmissible()) !== null) {
            $nextInLine[] = $scan['barcode'];
        }

        $this->opened++;
        $response->end(json_encode([
            'open' => true,
            'barcode' => $first['barcode'],
            'next_in_line' => $nextInLine,
            'rejected' => $batch->queuedCount() - 1 - count($nextInLine),
        ]));
    }
}

$rules = new TicketRules(['A', 'B', 'C', 'VIP'], 5521);
$server = new SwooleHttpServerStub();
$server->on('request', new TurnstileController($rules));

$gates = ['A', 'B', 'C', 'VIP'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $scans = [];
    for ($k = 0; $k < 3; $k++) {
        $barcode = sprintf('EVT5521-%06d-%s', $i * 3 + $k, bin2hex(random_bytes(6)));
        $scans[] = [
            'barcode' => $barcode,
            'event' => 5521,
            'checksum' => substr(hash('crc32b', $barcode), 0, 4),
            'read_at' => date(DATE_ATOM, 1767225600 + $i * 7 + $k),
            'raw' => base64_encode(random_bytes(48)),
        ];
    }
    $request = new SwooleRequestStub();
    $request->header = ['x-gate' => $gates[$i % 4], 'x-device' => 'HS-' . (200 + $i % 12)];
    $request->body = json_encode(['scans' => $scans]);
    $server->dispatch($request);
}
