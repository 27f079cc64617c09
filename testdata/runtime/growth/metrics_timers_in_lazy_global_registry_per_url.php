<?php
// A queue worker times the HTTP calls its jobs make through a metrics
// registry reached as a lazy global singleton (MetricsRegistry::shared()
// makes it when $GLOBALS['metrics'] is not set yet). Timers are kept per
// URL, and the URLs carry the order number: one timer per job, for the
// life of the worker.

final class Timer
{
    /** @var list<float> */
    public array $samples = [];

    public function __construct(public readonly string $label)
    {
    }
}

final class MetricsRegistry
{
    /** @var array<string, Timer> */
    private array $timers = [];

    public static function shared(): self
    {
        if (!isset($GLOBALS['metrics'])) {
            $GLOBALS['metrics'] = new self();
        }
        return $GLOBALS['metrics'];
    }

    public function timer(string $url): Timer
    {
        return $this->timers[$url] ??= new Timer('http_client_seconds{url="' . $url . '"} ' . str_repeat('#', 600)); // leak
    }
}

final class SyncOrderJob
{
    public function __construct(public readonly int $order)
    {
    }

    public function handle(): void
    {
        $url = 'https://erp.example.com/api/orders/' . $this->order;
        $started = hrtime(true);
        MetricsRegistry::shared()->timer($url)->samples[0] = (hrtime(true) - $started) / 1e9;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    (new SyncOrderJob(40000 + $i))->handle();
}
