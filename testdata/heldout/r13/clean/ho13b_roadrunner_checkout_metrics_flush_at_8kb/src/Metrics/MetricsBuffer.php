<?php

declare(strict_types=1);

namespace App\Metrics;

interface MetricSink
{
    /** @param list<string> $lines */
    public function send(array $lines): void;
}

final class UdpStatsdSink implements MetricSink
{
    public int $packets = 0;

    public function __construct(private string $host, private int $port)
    {
    }

    public function send(array $lines): void
    {
        // A real sink would socket_sendto() the joined lines.
        $payload = implode("\n", $lines);
        $this->packets += (int) ceil(strlen($payload) / 1432);
    }
}

/**
 * Collects statsd lines for the whole worker and ships them in batches.
 */
final class MetricsBuffer
{
    /** @var list<string> */
    private array $lines = [];
    private int $bytes = 0;

    public function __construct(
        private MetricSink $sink,
        private string $prefix,
        private int $maxBytes,
    ) {
    }

    public function timing(string $name, float $ms, array $tags = []): void
    {
        $this->add(sprintf('%s.%s:%.3f|ms%s', $this->prefix, $name, $ms, $this->tags($tags)));
    }

    public function increment(string $name, array $tags = []): void
    {
        $this->add(sprintf('%s.%s:1|c%s', $this->prefix, $name, $this->tags($tags)));
    }

    public function gauge(string $name, float $value, array $tags = []): void
    {
        $this->add(sprintf('%s.%s:%s|g%s', $this->prefix, $name, $value, $this->tags($tags)));
    }

    public function flush(): void
    {
        if ($this->lines === []) {
            return;
        }
        $this->sink->send($this->lines);
        $this->lines = [];
        $this->bytes = 0;
    }

    private function add(string $line): void
    {
        $this->lines[] = $line;
        $this->bytes += strlen($line) + 1;

        if ($this->bytes >= $this->maxBytes) {
            $this->flush();
        }
    }

    private function tags(array $tags): string
    {
        if ($tags === []) {
            return '';
        }
        $pairs = [];
        foreach ($tags as $key => $value) {
            $pairs[] = $key . ':' . $value;
        }

        return '|#' . implode(',', $pairs);
    }
}

final class MetricsFactory
{
    public static function fromConfig(array $config): MetricsBuffer
    {
        return new MetricsBuffer(
            new UdpStatsdSink($config['sink']['host'], $config['sink']['port']),
            $config['prefix'],
            $config['buffer']['max_bytes'],
        );
    }
}
