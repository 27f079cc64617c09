<?php

declare(strict_types=1);

namespace Metricsd;

final class UdpSocket
{
    private int $received = 0;

    public function __construct(private int $packets)
    {
    }

    /** Next datagram, or null once the scripted feed is exhausted. */
    public function recv(): ?string
    {
        if ($this->received >= $this->packets) {
            return null;
        }
        $i = $this->received++;
        $tags = sprintf(
            '#env:production,service:search-api,version:2.%d.%d,host:ip-10-0-%d-%d.eu-central-1.compute.internal,route:/api/search/%d/suggest,status_class:2xx,pod:search-api-%s',
            $i % 9, $i, $i % 16, $i % 250, $i, substr(hash('sha1', "pod$i"), 0, 10),
        );

        // clients batch two metrics per datagram
        return sprintf("http.server.duration:%d|ms|%s\nhttp.server.response_size:%d|h|%s", 5 + ($i * 37) % 900, $tags, 200 + ($i * 131) % 40000, $tags);
    }
}

final class Sample
{
    public function __construct(
        public readonly string $metric,
        public readonly float $value,
        public readonly string $type,
        public readonly array $tags,
    ) {
    }
}

final class DogStatsdParser
{
    /** @return list<Sample> */
    public function parse(string $datagram): array
    {
        $samples = [];
        foreach (explode("\n", $datagram) as $line) {
            $parts = explode('|', $line);
            if (count($parts) < 2 || !str_contains($parts[0], ':')) {
                continue;
            }
            [$metric, $value] = explode(':', $parts[0], 2);
            $tags = [];
            foreach ($parts as $part) {
                if (str_starts_with($part, '#')) {
                    foreach (explode(',', substr($part, 1)) as $tag) {
                        [$k, $v] = array_pad(explode(':', $tag, 2), 2, '');
                        $tags[$k] = $v;
                    }
                }
            }
            $samples[] = new Sample($metric, (float) $value, $parts[1], $tags);
        }

        return $samples;
    }
}

/** Recent samples used for the live percentile view on the admin socket. */
final class SlidingWindow
{
    /** @var array<int, Sample> */
    private array $samples = [];
    private int $cursor = 0;

    public function __construct(private int $size)
    {
    }

    /** @param list<Sample> $samples */
    public function addBatch(array $samples): void
    {
        foreach ($samples as $sample) {
            $this->samples[$this->cursor % $this->size] = $sample;
            $this->cursor++;
        }
    }

    public function percentile(string $metric, float $p): float
    {
        $values = [];
        foreach ($this->samples as $sample) {
            if ($sample->metric === $metric) {
                $values[] = $sample->value;
            }
        }
        if ($values === []) {
            return 0.0;
        }
        sort($values);

        return $values[(int) floor(($p / 100) * (count($values) - 1))];
    }
}

final class Daemon
{
    private int $processed = 0;

    public function __construct(
        private UdpSocket $socket,
        private DogStatsdParser $parser,
        private SlidingWindow $window,
    ) {
    }

    public function run(): void
    {
        while (($datagram = $this->socket->recv()) !== null) {
            $this->window->addBatch($this->parser->parse($datagram));
            if (++$this->processed % 100 === 0) {
                $this->window->percentile('http.server.duration', 99.0);
            }
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$daemon = new Daemon(new UdpSocket($n), new DogStatsdParser(), new SlidingWindow(120));
$daemon->run();
