<?php

declare(strict_types=1);

namespace SwooleStandIn {

    /**
     * Minimal stand-in for a Swoole task worker: handlers registered with on()
     * and a dispatch() the event loop would call for every task.
     */
    final class TaskServer
    {
        /** @var array<string, \Closure> */
        private array $handlers = [];

        public function on(string $event, \Closure $handler): void
        {
            $this->handlers[$event] = $handler;
        }

        public function dispatch(string $event, mixed ...$args): mixed
        {
            return ($this->handlers[$event])(...$args);
        }
    }
}

namespace App\Webhooks {

    use SwooleStandIn\TaskServer;

    final class WebhookDelivery
    {
        public function __construct(
            public readonly string $id,
            public readonly string $endpoint,
            public readonly string $payload,
            public int $attempt = 0,
        ) {
        }
    }

    final class ScheduledRetry
    {
        public function __construct(
            public readonly float $dueAt,
            public readonly WebhookDelivery $delivery,
        ) {
        }
    }

    /** Earliest due retry on top. */
    final class RetryHeap extends \SplMinHeap
    {
        protected function compare(mixed $value1, mixed $value2): int
        {
            return $value2->dueAt <=> $value1->dueAt;
        }
    }

    interface Clock
    {
        /** Seconds since the epoch. */
        public function now(): float;
    }

    final class TickClock implements Clock
    {
        public function __construct(private float $seconds)
        {
        }

        public function advance(float $seconds): void
        {
            $this->seconds += $seconds;
        }

        public function now(): float
        {
            return $this->seconds;
        }
    }

    final class ExponentialBackoff
    {
        public function __construct(private int $baseMs = 500, private int $capMs = 30_000)
        {
        }

        /** Delay before the given attempt, in milliseconds. */
        public function delayMs(int $attempt): int
        {
            return min($this->baseMs * (2 ** $attempt), $this->capMs);
        }
    }

    interface Transport
    {
        public function post(string $endpoint, string $body, int $attempt): int;
    }

    /** Receivers answer 503 on the first attempt and accept the redelivery. */
    final class FlakyReceiverTransport implements Transport
    {
        public int $sentBytes = 0;

        public function post(string $endpoint, string $body, int $attempt): int
        {
            $this->sentBytes += strlen($body);

            return $attempt === 0 ? 503 : 204;
        }
    }

    final class RetryScheduler
    {
        private RetryHeap $heap;

        public function __construct(private ExponentialBackoff $backoff)
        {
            $this->heap = new RetryHeap();
        }

        public function schedule(WebhookDelivery $delivery, float $now): void
        {
            $dueAt = $now + $this->backoff->delayMs($delivery->attempt) / 1000;
            $this->heap->insert(new ScheduledRetry($dueAt, $delivery));
        }

        /** @return list<WebhookDelivery> */
        public function releaseDue(float $now): array
        {
            $due = [];
            while (!$this->heap->isEmpty() && $this->heap->top()->dueAt <= $now) {
                $due[] = $this->heap->extract()->delivery;
            }

            return $due;
        }
    }

    final class WebhookDispatcher
    {
        public function __construct(
            private Transport $transport,
            private RetryScheduler $retries,
            private Clock $clock,
        ) {
        }

        public function deliver(WebhookDelivery $delivery): void
        {
            $status = $this->transport->post($delivery->endpoint, $delivery->payload, $delivery->attempt);
            if ($status >= 500) {
                $delivery->attempt++;
                $this->retries->schedule($delivery, $this->clock->now());
            }
        }

        public function drainDueRetries(): void
        {
            foreach ($this->retries->releaseDue($this->clock->now()) as $delivery) {
                $this->deliver($delivery);
            }
        }
    }

    final class WebhookTaskHandler
    {
        public function __construct(private WebhookDispatcher $dispatcher)
        {
        }

        /** @param array{event: string, order: int, tenant: string} $task */
        public function __invoke(array $task): void
        {
            $this->dispatcher->drainDueRetries();
            $this->dispatcher->deliver($this->toDelivery($task));
        }

        private function toDelivery(array $task): WebhookDelivery
        {
            $body = json_encode([
                'event' => $task['event'],
                'tenant' => $task['tenant'],
                'order' => [
                    'id' => $task['order'],
                    'lines' => array_map(
                        static fn (int $n) => ['sku' => sprintf('SKU-%05d-%d', $task['order'], $n), 'qty' => $n + 1, 'note' => str_repeat('gift wrap ', 3)],
                        range(1, 6),
                    ),
                ],
            ], JSON_THROW_ON_ERROR);

            return new WebhookDelivery(
                sprintf('whd_%s_%d', $task['tenant'], $task['order']),
                sprintf('https://hooks.%s.example.test/orders', $task['tenant']),
                $body,
            );
        }
    }
}

namespace {

    use App\Webhooks\ExponentialBackoff;
    use App\Webhooks\FlakyReceiverTransport;
    use App\Webhooks\RetryScheduler;
    use App\Webhooks\TickClock;
    use App\Webhooks\WebhookDispatcher;
    use App\Webhooks\WebhookTaskHandler;
    use SwooleStandIn\TaskServer;

    $clock = new TickClock(1_700_000_000.0);
    $dispatcher = new WebhookDispatcher(
        new FlakyReceiverTransport(),
        new RetryScheduler(new ExponentialBackoff()),
        $clock,
    );

    $server = new TaskServer();
    $server->on('task', static function (array $task) use ($dispatcher): void {
        (new WebhookTaskHandler($dispatcher))($task);
    });

    $tenants = ['acme', 'globex', 'initech', 'umbrella'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $server->dispatch('task', ['event' => 'order.paid', 'order' => 10_000 + $i, 'tenant' => $tenants[$i % 4]]);
        $clock->advance(0.05);
    }
}
