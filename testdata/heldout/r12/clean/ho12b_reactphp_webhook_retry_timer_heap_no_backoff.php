<?php
declare(strict_types=1);

namespace App\Infrastructure\Loop {

    interface ClockInterface
    {
        public function now(): float;
    }

    final class ManualClock implements ClockInterface
    {
        private float $now = 1_700_000_000.0;

        public function now(): float
        {
            return $this->now;
        }

        public function advance(float $seconds): void
        {
            $this->now += $seconds;
        }
    }

    final class TimerHandle
    {
        public function __construct(
            public readonly float $dueAt,
            public readonly \Closure $callback,
            public readonly string $name,
        ) {
        }
    }

    /**
     * Tiny stand-in for React\EventLoop's timer queue: a priority queue
     * ordered by deadline, drained by the loop on every tick.
     */
    final class TimerLoop
    {
        private \SplPriorityQueue $queue;
        private int $serial = PHP_INT_MAX;

        public function __construct(private readonly ClockInterface $clock)
        {
            $this->queue = new \SplPriorityQueue();
            $this->queue->setExtractFlags(\SplPriorityQueue::EXTR_DATA);
        }

        public function addTimer(float $delay, \Closure $callback, string $name): TimerHandle
        {
            $timer = new TimerHandle($this->clock->now() + $delay, $callback, $name);
            // earliest deadline first; the serial keeps FIFO order on ties
            $this->queue->insert($timer, [-$timer->dueAt, $this->serial--]);

            return $timer;
        }

        public function tick(): int
        {
            $now = $this->clock->now();
            $fired = 0;
            while (!$this->queue->isEmpty()) {
                /** @var TimerHandle $next */
                $next = $this->queue->top();
                if ($next->dueAt > $now) {
                    break;
                }
                $this->queue->extract();
                ($next->callback)();
                $fired++;
            }

            return $fired;
        }
    }
}

namespace App\Webhooks {

    use App\Infrastructure\Loop\TimerLoop;

    final class WebhookDelivery
    {
        public int $attempt = 0;

        public function __construct(
            public readonly string $id,
            public readonly string $endpoint,
            public readonly string $payload,
        ) {
        }
    }

    final class RetryPolicy
    {
        public function __construct(
            private readonly float $baseDelay,
            private readonly float $factor,
            public readonly int $maxAttempts,
        ) {
        }

        public static function fromConfig(array $config): self
        {
            return new self((float) $config['base_delay'], (float) $config['factor'], (int) $config['max_attempts']);
        }

        public function delayFor(int $attempt): float
        {
            return $this->baseDelay * ($this->factor ** max(0, $attempt - 1));
        }
    }

    interface HttpSender
    {
        /** @param array<string,string> $headers */
        public function post(string $url, string $body, array $headers): int;
    }

    /** Partner endpoint behind a load balancer that drops the first try. */
    final class PartnerEndpoint implements HttpSender
    {
        public int $bytesSent = 0;

        public function post(string $url, string $body, array $headers): int
        {
            $this->bytesSent += strlen($body);

            return ($headers['X-Delivery-Attempt'] ?? '1') === '1' ? 503 : 202;
        }
    }

    final class WebhookDispatcher
    {
        public function __construct(
            private readonly TimerLoop $loop,
            private readonly HttpSender $sender,
            private readonly RetryPolicy $retry,
        ) {
        }

        public function dispatch(WebhookDelivery $delivery): void
        {
            $delivery->attempt++;
            $status = $this->sender->post($delivery->endpoint, $delivery->payload, [
                'Content-Type' => 'application/json',
                'X-Delivery-Id' => $delivery->id,
                'X-Delivery-Attempt' => (string) $delivery->attempt,
            ]);

            if ($status >= 500 && $delivery->attempt < $this->retry->maxAttempts) {
                $this->scheduleRetry($delivery);
            }
        }

        private function scheduleRetry(WebhookDelivery $delivery): void
        {
            $delay = $this->retry->delayFor($delivery->attempt);
            $this->loop->addTimer($delay, fn () => $this->dispatch($delivery), 'webhook-retry:' . $delivery->id);
        }
    }

    final class OrderPaidWebhookFactory
    {
        public function __construct(private readonly string $endpoint)
        {
        }

        public function forOrder(int $orderId): WebhookDelivery
        {
            $lines = [];
            for ($l = 1; $l <= 3; $l++) {
                $lines[] = ['sku' => sprintf('SKU-%05d-%d', $orderId, $l), 'qty' => $l, 'unit_price' => 1999 + $l, 'title' => 'Recycled cotton tee, size M, colour ' . $l];
            }
            $payload = json_encode([
                'type' => 'order.paid',
                'order_id' => 'ord_' . $orderId,
                'customer' => ['id' => 'cus_' . ($orderId * 7), 'email' => "buyer{$orderId}@example.org"],
                'lines' => $lines,
                'paid_at' => '2024-03-01T12:00:00Z',
            ], JSON_THROW_ON_ERROR);

            return new WebhookDelivery(bin2hex(random_bytes(8)), $this->endpoint, $payload);
        }
    }
}

namespace {

    use App\Infrastructure\Loop\ManualClock;
    use App\Infrastructure\Loop\TimerLoop;
    use App\Webhooks\OrderPaidWebhookFactory;
    use App\Webhooks\PartnerEndpoint;
    use App\Webhooks\RetryPolicy;
    use App\Webhooks\WebhookDispatcher;

    $config = [
        'webhooks' => [
            'endpoint' => 'https://hooks.partner.example/orders',
            'retry' => ['base_delay' => 0, 'factor' => 2, 'max_attempts' => 5],
        ],
    ];

    $clock = new ManualClock();
    $loop = new TimerLoop($clock);
    $dispatcher = new WebhookDispatcher(
        $loop,
        new PartnerEndpoint(),
        RetryPolicy::fromConfig($config['webhooks']['retry']),
    );
    $factory = new OrderPaidWebhookFactory($config['webhooks']['endpoint']);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 1; $i <= $n; $i++) {
        // one incoming "order paid" event per loop iteration
        $dispatcher->dispatch($factory->forOrder($i));
        $clock->advance(0.004);
        $loop->tick();
    }
}
