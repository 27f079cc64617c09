<?php
// A RoadRunner-style worker records search analytics in a static buffer
// shared by every recorder. The buffer is sent when it holds a batch, but
// the batch size comes from settings written for FPM, where 0 meant "send
// when the request ends": in the worker, nothing ever sends it.

final class AnalyticsSettings
{
    public function __construct(public readonly int $batchSize, public readonly string $endpoint)
    {
    }

    public static function fromArray(array $settings): self
    {
        return new self((int) ($settings['analytics.batch_size'] ?? 0), (string) ($settings['analytics.endpoint'] ?? ''));
    }
}

final class SearchAnalytics
{
    /** @var list<array<string, mixed>> */
    private static array $buffer = [];
    public int $sent = 0;

    public function __construct(private AnalyticsSettings $settings)
    {
    }

    public function record(string $query, int $hits, string $session): void
    {
        self::$buffer[] = ['q' => $query, 'hits' => $hits, 'session' => $session, 'at' => microtime(true)]; // leak
        if ($this->settings->batchSize > 0 && count(self::$buffer) >= $this->settings->batchSize) {
            $this->send();
        }
    }

    public function send(): void
    {
        $this->sent += strlen(json_encode(self::$buffer));
        self::$buffer = [];
    }

    public function __destruct()
    {
        $this->send();
    }
}

final class Worker
{
    private int $served = 0;

    public function __construct(private int $max)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->max) {
            return null;
        }
        $this->served++;
        return ['q' => 'winter boots size ' . (36 + $this->served % 10) . ' ' . str_repeat('waterproof ', 20), 'session' => bin2hex(random_bytes(8))];
    }
}

$settings = ['analytics.batch_size' => 0, 'analytics.endpoint' => 'https://collect.example/search'];
$analytics = new SearchAnalytics(AnalyticsSettings::fromArray($settings));
$worker = new Worker((int) (getenv('PHPLEAK_N') ?: 100));
while ($request = $worker->waitRequest()) {
    $analytics->record($request['q'], strlen($request['q']) % 97, $request['session']);
}
