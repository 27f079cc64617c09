<?php
namespace Fleet\Telematics;

class PingIngestor
{
    public function __construct(private PingBuffer $buffer, private int $rejectOlderThan)
    {
    }

    public function ingest(Ping $ping, int $now): bool
    {
        if ($now - $ping->recordedAt > $this->rejectOlderThan) {
            return false;
        }
        $this->buffer->push($ping);

        return true;
    }
}
