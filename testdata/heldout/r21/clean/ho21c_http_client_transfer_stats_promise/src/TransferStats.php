<?php

declare(strict_types=1);

namespace App\HttpClient;

/** Per-transfer statistics collector attached by the stats middleware. */
final class TransferStats
{
    private ?Promise $transfer = null;
    private ?float $finishedAt = null;
    private ?int $status = null;
    private ?string $error = null;

    public function __construct(
        private readonly Request $request,
        private readonly float $startedAt,
        private readonly StatsSink $sink,
    ) {
    }

    public function track(Promise $transfer): Promise
    {
        $this->transfer = $transfer->then($this->onFulfilled(...), $this->onRejected(...));

        return $this->transfer;
    }

    private function onFulfilled(Response $response): void
    {
        $this->finishedAt = microtime(true);
        $this->status = $response->status;
        $this->sink->record($this->request->uri, $this->status, $this->finishedAt - $this->startedAt);
    }

    private function onRejected(\Throwable $e): void
    {
        $this->finishedAt = microtime(true);
        $this->error = $e->getMessage();
        $this->sink->record($this->request->uri, 0, $this->finishedAt - $this->startedAt);
    }
}

final class StatsSink
{
    /** @var array<string, array{count: int, time: float}> */
    private array $byHost = [];

    public function record(string $uri, int $status, float $seconds): void
    {
        $host = parse_url($uri, PHP_URL_HOST) ?: 'unknown';
        $this->byHost[$host] ??= ['count' => 0, 'time' => 0.0];
        $this->byHost[$host]['count']++;
        $this->byHost[$host]['time'] += $seconds;
    }
}

final class StatsMiddleware
{
    public function __construct(private readonly StatsSink $sink)
    {
    }

    public function __invoke(callable $next): \Closure
    {
        return function (Request $request) use ($next): Promise {
            $stats = new TransferStats($request, microtime(true), $this->sink);

            return $stats->track($next($request));
        };
    }
}
