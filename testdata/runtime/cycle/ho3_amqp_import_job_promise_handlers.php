<?php
// A ReactPHP-style AMQP consumer wraps each delivered message in an import job that waits on a deferred row lookup and reacts to it via then().

declare(strict_types=1);

namespace React\Promise {

    interface PromiseInterface
    {
        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface;
    }

    /**
     * Minimal promise with the v2 public surface used by the consumer.
     */
    final class Promise implements PromiseInterface
    {
        private ?string $state = null;

        /** @var mixed */
        private $result;

        /** @var list<array{0: ?callable, 1: ?callable}> */
        private array $handlers = [];

        /** @var callable|null */
        private $canceller;

        public function __construct(callable $resolver, ?callable $canceller = null)
        {
            $this->canceller = $canceller;
            $resolver(
                function ($value = null): void { $this->settle('fulfilled', $value); },
                function ($reason = null): void { $this->settle('rejected', $reason); },
            );
        }

        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface
        {
            if ($this->state === null) {
                $this->handlers[] = [$onFulfilled, $onRejected]; // leak

                return $this;
            }
            $callback = $this->state === 'fulfilled' ? $onFulfilled : $onRejected;
            if ($callback !== null) {
                $callback($this->result);
            }

            return $this;
        }

        public function cancel(): void
        {
            if ($this->state === null && $this->canceller !== null) {
                $canceller = $this->canceller;
                $canceller();
            }
        }

        private function settle(string $state, $value): void
        {
            if ($this->state !== null) {
                return;
            }
            $this->state = $state;
            $this->result = $value;
            foreach ($this->handlers as [$onFulfilled, $onRejected]) {
                $callback = $state === 'fulfilled' ? $onFulfilled : $onRejected;
                if ($callback !== null) {
                    $callback($value);
                }
            }
        }
    }

    final class Deferred
    {
        private ?Promise $promise = null;

        /** @var callable */
        private $resolveCallback;

        /** @var callable */
        private $rejectCallback;

        /** @var callable|null */
        private $canceller;

        public function __construct(?callable $canceller = null)
        {
            $this->canceller = $canceller;
        }

        public function promise(): PromiseInterface
        {
            if ($this->promise === null) {
                $this->promise = new Promise(function (callable $resolve, callable $reject): void {
                    $this->resolveCallback = $resolve;
                    $this->rejectCallback = $reject;
                }, $this->canceller);
                $this->canceller = null;
            }

            return $this->promise;
        }

        public function resolve($value = null): void
        {
            $this->promise();
            ($this->resolveCallback)($value);
        }

        public function reject($reason = null): void
        {
            $this->promise();
            ($this->rejectCallback)($reason);
        }
    }
}

namespace App\Import {

    use React\Promise\Deferred;
    use React\Promise\PromiseInterface;

    /**
     * Message body as delivered by the broker.
     */
    final class AmqpMessage
    {
        /**
         * @param array<string, string> $headers
         */
        public function __construct(
            public readonly string $deliveryTag,
            public readonly string $body,
            public readonly array $headers = [],
        ) {}
    }

    /**
     * Looks rows up in the warehouse mirror; answers are delivered asynchronously.
     */
    final class WarehouseLookup
    {
        /** @var array<string, Deferred> */
        private array $inFlight = [];

        public function find(string $sku): PromiseInterface
        {
            $deferred = new Deferred(function () use ($sku): void {
                unset($this->inFlight[$sku]);
            });
            $this->inFlight[$sku] = $deferred;

            return $deferred->promise();
        }

        /**
         * Simulates the event loop delivering every pending answer.
         */
        public function tick(): void
        {
            $pending = $this->inFlight;
            $this->inFlight = [];
            foreach ($pending as $sku => $deferred) {
                $deferred->resolve([
                    'sku' => $sku,
                    'bin' => 'A-' . crc32($sku) % 97,
                    'notes' => str_repeat('Fragile; keep upright. ', 24),
                ]);
            }
        }
    }

    final class ImportJob
    {
        private PromiseInterface $lookup;

        /** @var array<string, mixed>|null */
        private ?array $row = null;

        /** @var array<string, mixed> */
        private array $payload;

        public function __construct(private readonly AmqpMessage $message, WarehouseLookup $warehouse)
        {
            $this->payload = json_decode($message->body, true, 8, JSON_THROW_ON_ERROR);
            $this->lookup = $warehouse->find((string) $this->payload['sku']) // leak
                ->then([$this, 'onRow'], [$this, 'onFailure']); // leak
        }

        /**
         * @param array<string, mixed> $row
         */
        public function onRow(array $row): void
        {
            $this->row = $row + ['quantity' => (int) ($this->payload['quantity'] ?? 0)];
        }

        public function onFailure(\Throwable $reason): void
        {
            $this->row = null;
        }

        public function isComplete(): bool
        {
            return $this->row !== null;
        }

        public function deliveryTag(): string
        {
            return $this->message->deliveryTag;
        }
    }

    final class Consumer
    {
        private int $acked = 0;

        public function __construct(private readonly WarehouseLookup $warehouse) {}

        public function consume(AmqpMessage $message): void
        {
            $job = new ImportJob($message, $this->warehouse);
            $this->warehouse->tick();
            if ($job->isComplete()) {
                $this->ack($job->deliveryTag());
            }
        }

        private function ack(string $deliveryTag): void
        {
            $this->acked++;
        }

        public function acked(): int
        {
            return $this->acked;
        }
    }

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $consumer = new Consumer(new WarehouseLookup());
    for ($i = 0; $i < $n; $i++) {
        $body = json_encode(['sku' => 'WH-' . (70000 + $i), 'quantity' => $i % 12 + 1], JSON_THROW_ON_ERROR);
        $consumer->consume(new AmqpMessage('tag-' . $i, $body, ['content-type' => 'application/json']));
    }
}
