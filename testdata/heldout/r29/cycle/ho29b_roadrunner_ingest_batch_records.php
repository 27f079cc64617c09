<?php

declare(strict_types=1);

// RoadRunner HTTP worker stand-in: PSR-7-ish request objects fed to a loop.
final class ServerRequest
{
    public function __construct(
        private string $method,
        private string $path,
        private array $headers,
        private string $body,
    ) {
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    public function getPath(): string
    {
        return $this->path;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body = '')
    {
    }
}

final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private int $limit)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        $events = [];
        for ($e = 0; $e < 3; $e++) {
            $events[] = [
                'event_id' => sprintf('%08x-%04x-4%03x-a%03x-%012x', $i, $e, $i % 4096, $e * 7, $i * 31 + $e),
                'type' => ['click', 'view', 'purchase'][$e],
                'ts' => 1717200000 + $i * 2 + $e,
                'attrs' => ['sku' => 'SKU-' . ($i * 3 + $e), 'price_cents' => 1999 + $e, 'currency' => 'EUR'],
            ];
        }

        return new ServerRequest('POST', '/v1/batch', [
            'x-source-key' => 'web-' . ($i % 4),
            'content-type' => 'application/json',
        ], json_encode(['batch_id' => 'b' . bin2hex(pack('N', $i)), 'events' => $events]));
    }

    public function respond(Response $response): void
    {
    }
}

final class IngestBatch
{
    /** @var list<EventRecord> */
    private array $records = [];

    public function __construct(public readonly string $batchId, public readonly string $sourceKey, public readonly int $receivedAt)
    {
    }

    public function add(EventRecord $record): void
    {
        $record->assignTo($this);
        $this->records[] = $record; // leak
    }

    /** @return list<EventRecord> */
    public function records(): array
    {
        return $this->records;
    }

    public function count(): int
    {
        return count($this->records);
    }
}

final class EventRecord
{
    private ?IngestBatch $batch = null;
    private array $errors = [];

    public function __construct(
        public readonly string $eventId,
        public readonly string $type,
        public readonly int $occurredAt,
        public readonly array $attributes,
    ) {
    }

    public function assignTo(IngestBatch $batch): void
    {
        $this->batch = $batch; // leak
    }

    public function lateness(): int
    {
        return $this->batch === null ? 0 : $this->batch->receivedAt - $this->occurredAt;
    }

    public function reject(string $reason): void
    {
        $this->errors[] = $reason;
    }

    public function isValid(): bool
    {
        return $this->errors === [];
    }
}

final class RecordFactory
{
    public function fromArray(array $row): EventRecord
    {
        return new EventRecord((string) $row['event_id'], (string) $row['type'], (int) $row['ts'], (array) ($row['attrs'] ?? []));
    }
}

final class BatchValidator
{
    private const MAX_LATENESS = 86400;

    public function validate(IngestBatch $batch): int
    {
        $valid = 0;
        foreach ($batch->records() as $record) {
            if ($record->lateness() > self::MAX_LATENESS) {
                $record->reject('too_late');
            }
            if ($record->isValid()) {
                $valid++;
            }
        }

        return $valid;
    }
}

final class WarehouseSink
{
    private int $rowsWritten = 0;

    public function write(IngestBatch $batch): void
    {
        foreach ($batch->records() as $record) {
            if ($record->isValid()) {
                $this->rowsWritten++;
            }
        }
    }
}

final class BatchIngestController
{
    public function __construct(
        private RecordFactory $factory,
        private BatchValidator $validator,
        private WarehouseSink $sink,
    ) {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $data = json_decode($request->getBody(), true, 16, JSON_THROW_ON_ERROR);
        $batch = new IngestBatch((string) $data['batch_id'], $request->getHeaderLine('X-Source-Key'), 1717200000 + 5);
        foreach ($data['events'] as $row) {
            $batch->add($this->factory->fromArray($row));
        }
        $accepted = $this->validator->validate($batch);
        $this->sink->write($batch);

        return new Response(202, json_encode(['accepted' => $accepted, 'batch' => $batch->batchId]));
    }
}

$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));
$controller = new BatchIngestController(new RecordFactory(), new BatchValidator(), new WarehouseSink());

while ($request = $worker->waitRequest()) {
    $worker->respond($controller($request));
}
