<?php

declare(strict_types=1);

/*
 * access-log shipper: `tail -F /var/log/nginx/access.log | php shipper.php`
 * Reads combined-format lines from STDIN and ships them to Loki in batches.
 */

namespace Ops\LogShipper;

final class ShipperConfig
{
    public function __construct(
        public readonly string $endpoint,
        public readonly float $flushInterval,
        public readonly int $maxBatch,
        public readonly array $labels,
    ) {
    }

    public static function fromEnv(): self
    {
        return new self(
            getenv('LOKI_PUSH_URL') ?: 'http://loki:3100/loki/api/v1/push',
            (float) (getenv('SHIP_FLUSH_SECONDS') ?: 5),
            (int) (getenv('SHIP_MAX_BATCH') ?: 100),
            ['job' => 'nginx', 'host' => gethostname() ?: 'web-1'],
        );
    }
}

interface Sink
{
    public function post(string $url, string $json): void;
}

final class CurlSinkStub implements Sink
{
    public int $requests = 0;
    public int $bytes = 0;

    public function post(string $url, string $json): void
    {
        $this->requests++;
        $this->bytes += strlen($json);
    }
}

final class LokiBatch
{
    /** @var list<array{0: string, 1: string, 2: array<string, string>}> */
    private array $entries = [];
    private float $lastFlush;

    public function __construct(private readonly ShipperConfig $config, private readonly Sink $sink)
    {
        $this->lastFlush = microtime(true);
    }

    public function push(string $line, array $fields): void
    {
        // Loki 3 entry: [timestamp, line, structured metadata]
        $this->entries[] = [(string) hrtime(true), $line, array_map('strval', $fields)];
        if ($this->isDue()) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->entries === []) {
            return;
        }
        $payload = json_encode(['streams' => [['stream' => $this->config->labels, 'values' => $this->entries]]]);
        $this->sink->post($this->config->endpoint, $payload);
        $this->entries = [];
        $this->lastFlush = microtime(true);
    }

    private function isDue(): bool
    {
        return count($this->entries) >= $this->config->maxBatch
            || microtime(true) - $this->lastFlush >= $this->config->flushInterval;
    }
}

function parse_access_line(string $line): ?array
{
    $re = '/^(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<bytes>\d+|-) "(?P<ref>[^"]*)" "(?P<ua>[^"]*)"/';
    if (!preg_match($re, $line, $m)) {
        return null;
    }

    return [
        'ip' => $m['ip'],
        'method' => $m['method'],
        'path' => $m['path'],
        'status' => (int) $m['status'],
        'bytes' => $m['bytes'] === '-' ? 0 : (int) $m['bytes'],
        'referer' => $m['ref'],
        'ua' => $m['ua'],
    ];
}

/** Stand-in for fgets(STDIN) on the tail pipe. */
function next_line(int $seq): string
{
    return sprintf(
        '10.2.%d.%d - - [%s] "GET /catalog/item/%d?ref=newsletter&utm_campaign=spring HTTP/1.1" %d %d "https://shop.example.com/catalog?page=%d" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/605.1.15"',
        $seq % 255,
        ($seq * 7) % 255,
        date('d/M/Y:H:i:s O', 1_700_000_000 + $seq),
        10_000 + $seq,
        $seq % 17 === 0 ? 404 : 200,
        2048 + $seq % 900,
        1 + $seq % 30,
    );
}

// ---- daemon -------------------------------------------------------------

$running = true;
pcntl_async_signals(true);
pcntl_signal(SIGTERM, function () use (&$running): void {
    $running = false;
});
pcntl_signal(SIGINT, function () use (&$running): void {
    $running = false;
});

$config = ShipperConfig::fromEnv();
$sink = new CurlSinkStub();
$batch = new LokiBatch($config, $sink);
$skipped = 0;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($seq = 0; $running && $seq < $n; $seq++) {
    $line = next_line($seq);
    $fields = parse_access_line($line);
    if ($fields === null) {
        $skipped++;
        continue;
    }
    $batch->push($line, $fields);
}

if (!$running) {
    $batch->flush();
}
