<?php

declare(strict_types=1);

namespace App\Metrics;

/**
 * Buffers StatsD lines and sends them as one UDP datagram per request,
 * instead of one packet per metric.
 */
final class StatsdClient
{
    /** @var list<string> */
    private array $buffer = [];
    private int $datagramsSent = 0;

    public function __construct(
        private readonly string $prefix,
        private readonly array $globalTags,
    ) {
    }

    public function timing(string $metric, float $ms, array $tags = []): void
    {
        $this->buffer[] = $this->line($metric, sprintf('%.3f', $ms), 'ms', $tags);
    }

    public function increment(string $metric, array $tags = []): void
    {
        $this->buffer[] = $this->line($metric, '1', 'c', $tags);
    }

    public function flush(): void
    {
        if ($this->buffer === []) {
            return;
        }
        $this->send(implode("\n", $this->buffer));
        $this->buffer = [];
    }

    private function line(string $metric, string $value, string $type, array $tags): string
    {
        $pairs = [];
        foreach ($this->globalTags + $tags as $k => $v) {
            $pairs[] = $k . ':' . $v;
        }

        return sprintf('%s.%s:%s|%s|#%s', $this->prefix, $metric, $value, $type, implode(',', $pairs));
    }

    private function send(string $datagram): void
    {
        // socket_sendto() in production; the packet is gone once sent.
        $this->datagramsSent++;
    }
}
