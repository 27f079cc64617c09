<?php

declare(strict_types=1);

namespace App\Push;

// --- OpenSwoole-like stand-ins -------------------------------------------------

final class Channel
{
    /** @var \SplQueue<mixed> */
    private \SplQueue $queue;

    public function __construct(public readonly int $capacity)
    {
        $this->queue = new \SplQueue();
    }

    public function push(mixed $data): bool
    {
        if ($this->queue->count() >= $this->capacity) {
            return false;
        }
        $this->queue->enqueue($data);
        return true;
    }

    public function pop(): mixed
    {
        return $this->queue->isEmpty() ? false : $this->queue->dequeue();
    }
}

interface Transport
{
    public function deliver(string $deviceToken, string $body): void;
}

final class ApnsTransport implements Transport
{
    public int $delivered = 0;

    public function deliver(string $deviceToken, string $body): void
    {
        $this->delivered++;
    }
}

// --- application -----------------------------------------------------------------

final readonly class PushMessage
{
    /** @param list<string> $deviceTokens */
    public function __construct(
        public string $campaign,
        public string $title,
        public string $body,
        public array $deviceTokens,
    ) {
    }
}

final class FanoutJob
{
    private const BATCH = 4;

    private ?\Generator $cursor = null;
    private int $sent = 0;

    public function __construct(
        private readonly PushMessage $message,
        private readonly Transport $transport,
        private readonly int $perTick,
    ) {
    }

    /** Sends up to $perTick batches; returns true once every device got the push. */
    public function tick(): bool
    {
        $this->cursor ??= $this->batches(); // leak

        $batchesThisTick = 0;
        while ($this->cursor->valid()) {
            if ($batchesThisTick++ >= $this->perTick) {
                return false;
            }
            foreach ($this->cursor->current() as $token) {
                $this->transport->deliver($token, $this->render());
                $this->sent++;
            }
            $this->cursor->next();
        }

        return true;
    }

    private function batches(): \Generator
    {
        foreach (array_chunk($this->message->deviceTokens, self::BATCH) as $batch) {
            yield $batch;
        }
    }

    private function render(): string
    {
        return json_encode(['aps' => ['alert' => ['title' => $this->message->title, 'body' => $this->message->body]], 'c' => $this->message->campaign]);
    }
}

final class FanoutConsumer
{
    public function __construct(
        private readonly Channel $jobs,
        private readonly Transport $transport,
        private readonly int $batchesPerTick,
    ) {
    }

    public function consumeOne(): void
    {
        $message = $this->jobs->pop();
        if (!$message instanceof PushMessage) {
            return;
        }

        $job = new FanoutJob($message, $this->transport, $this->batchesPerTick);
        if (!$job->tick()) {
            // the remaining batches are picked up by the scheduler on its next pass
            return;
        }
    }
}

// --- worker stand-in -------------------------------------------------------------

$jobs = new Channel(64);
$consumer = new FanoutConsumer($jobs, new ApnsTransport(), batchesPerTick: 2);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $tokens = [];
    for ($d = 0; $d < 12; $d++) {
        $tokens[] = bin2hex(random_bytes(16));
    }
    $jobs->push(new PushMessage("spring-sale-{$i}", 'Flash sale', "Order #{$i} qualifies for free shipping", $tokens));
    $consumer->consumeOne();
}
