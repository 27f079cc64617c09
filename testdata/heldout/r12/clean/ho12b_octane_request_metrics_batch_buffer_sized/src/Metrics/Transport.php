<?php
declare(strict_types=1);

namespace App\Metrics;

interface Transport
{
    /** @param list<string> $lines */
    public function send(array $lines): void;
}

/** UDP statsd agent; here it only counts what would go on the wire. */
final class StatsdTransport implements Transport
{
    public int $packets = 0;
    public int $bytes = 0;

    public function __construct(private readonly string $host, private readonly int $port)
    {
    }

    public function send(array $lines): void
    {
        $this->packets++;
        $this->bytes += strlen(implode("\n", $lines));
    }
}
