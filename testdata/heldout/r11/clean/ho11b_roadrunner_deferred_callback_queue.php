<?php

declare(strict_types=1);

namespace App\Http;

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

/** Minimal stand-in for Spiral\RoadRunner\Http\PSR7Worker. */
final class PSR7Worker
{
    private int $served = 0;
    public int $bytesOut = 0;

    public function __construct(private int $limit)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $id = $this->served++;

        return new ServerRequest('POST', '/api/orders', [
            'x-request-id' => \sprintf('rr-%08x', $id),
            'user-agent' => 'rr-bench/1.0',
        ], \json_encode(['sku' => 'SKU-' . ($id % 113), 'qty' => 1 + $id % 4, 'note' => \str_repeat('n', 64)]));
    }

    public function respond(Response $response): void
    {
        $this->bytesOut += \strlen($response->body);
    }
}

final class AuditRecord
{
    public function __construct(
        public readonly string $requestId,
        public readonly string $action,
        public readonly string $snapshot,
        public readonly float $at,
    ) {
    }
}

final class AuditSink
{
    public int $written = 0;

    public function write(AuditRecord $record): void
    {
        $this->written += \strlen($record->snapshot);
    }
}

final class Kernel
{
    /** @var \SplQueue<\Closure> */
    private \SplQueue $afterResponse;

    public function __construct(private AuditSink $audit)
    {
        $this->afterResponse = new \SplQueue();
        $this->afterResponse->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO | \SplDoublyLinkedList::IT_MODE_DELETE);
    }

    public function defer(\Closure $task): void
    {
        $this->afterResponse->enqueue($task);
    }

    public function handle(ServerRequest $request): Response
    {
        $payload = \json_decode($request->body, true);
        $record = new AuditRecord(
            $request->headers['x-request-id'],
            'order.create',
            \str_repeat(\serialize($payload), 3),
            \microtime(true),
        );
        $audit = $this->audit;
        $this->defer(static function () use ($audit, $record): void {
            $audit->write($record);
        });

        return new Response(201, \json_encode(['ok' => true, 'sku' => $payload['sku']]));
    }

    public function runDeferred(): void
    {
        foreach ($this->afterResponse as $task) {
            $task();
        }
    }
}

$n = (int) (\getenv('PHPLEAK_N') ?: 100);
$worker = new PSR7Worker($n);
$kernel = new Kernel(new AuditSink());

while ($request = $worker->waitRequest()) {
    $worker->respond($kernel->handle($request));
    $kernel->runDeferred();
}
