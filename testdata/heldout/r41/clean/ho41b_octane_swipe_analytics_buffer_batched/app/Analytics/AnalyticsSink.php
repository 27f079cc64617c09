<?php
declare(strict_types=1);

namespace App\Analytics;

/** Writes batches to the event stream (Kinesis in production, nowhere here). */
final class AnalyticsSink
{
    private int $sent = 0;

    public function __construct(private readonly string $stream)
    {
    }

    public function putRecords(array $records): void
    {
        $payload = json_encode(['stream' => $this->stream, 'records' => $records]);
        $this->sent += count($records) + (strlen($payload) > 0 ? 0 : 1);
    }
}
