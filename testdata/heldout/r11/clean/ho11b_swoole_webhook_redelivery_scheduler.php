<?php

declare(strict_types=1);

namespace App\Swoole;

/** Tiny stand-in for Swoole\Http\Server: fires "request" N times with a ticking clock. */
final class Server
{
    /** @var array<string, callable> */
    private array $handlers = [];
    public int $clock = 0;

    public function __construct(private int $requests)
    {
    }

    public function on(string $event, callable $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function start(): void
    {
        ($this->handlers['workerStart'] ?? static fn () => null)($this);
        for ($i = 0; $i < $this->requests; ++$i) {
            ++$this->clock;
            $request = ['fd' => $i % 64, 'uri' => '/hooks/payment', 'raw' => \sprintf('{"event":"charge.succeeded","id":"evt_%d"}', $i)];
            ($this->handlers['request'])($request, $this);
        }
    }
}

final class WebhookDelivery
{
    public int $attempts = 0;

    public function __construct(
        public readonly string $endpoint,
        public readonly string $payload,
        public readonly array $headers,
        public int $dueAt,
    ) {
    }
}

final class RetryScheduler
{
    private \SplPriorityQueue $queue;
    public int $delivered = 0;

    public function __construct(private int $backoff)
    {
        $this->queue = new \SplPriorityQueue();
        $this->queue->setExtractFlags(\SplPriorityQueue::EXTR_DATA);
    }

    public function schedule(WebhookDelivery $delivery, int $now): void
    {
        $delivery->dueAt = $now + $this->backoff * (1 + $delivery->attempts);
        $this->queue->insert($delivery, -$delivery->dueAt);
    }

    public function tick(int $now): void
    {
        while (!$this->queue->isEmpty() && $this->queue->top()->dueAt <= $now) {
            $delivery = $this->queue->extract();
            ++$delivery->attempts;
            $this->delivered += \strlen($delivery->payload) > 0 ? 1 : 0;
        }
    }

    public function pending(): int
    {
        return \count($this->queue);
    }
}

final class WebhookForwarder
{
    public function __construct(private RetryScheduler $scheduler, private string $target)
    {
    }

    public function forward(array $request, int $now): void
    {
        $body = \str_repeat($request['raw'], 12);
        $delivery = new WebhookDelivery($this->target, $body, [
            'content-type' => 'application/json',
            'x-signature' => \hash('sha256', $body),
            'x-forwarded-uri' => $request['uri'],
        ], $now);

        // downstream is flaky on first attempt; hand it to the retry scheduler
        $this->scheduler->schedule($delivery, $now);
    }
}

$n = (int) (\getenv('PHPLEAK_N') ?: 100);
$scheduler = new RetryScheduler(2);
$forwarder = new WebhookForwarder($scheduler, 'https://partner.example.test/hooks');

$server = new Server($n);
$server->on('request', static function (array $request, Server $server) use ($scheduler, $forwarder): void {
    $scheduler->tick($server->clock);
    $forwarder->forward($request, $server->clock);
});
$server->start();
