<?php
// An Amp-style AMQP consumer runs each delivery's handler as a coroutine kept on the delivery; the handler yields the decode step, the processor result and the channel acknowledgement, and the consumer processes broker confirms after each delivery.

declare(strict_types=1);

namespace Amp {

    interface Promise
    {
        /**
         * @param callable(?\Throwable, mixed): void $onResolved
         */
        public function onResolve(callable $onResolved): void;
    }

    /**
     * Shared resolution logic for promises that are resolved later.
     */
    trait Placeholder
    {
        private bool $resolved = false;

        private mixed $result = null;

        private ?\Throwable $error = null;

        /** @var list<callable> */
        private array $onResolved = [];

        public function onResolve(callable $onResolved): void
        {
            if ($this->resolved) {
                $onResolved($this->error, $this->result);

                return;
            }

            $this->onResolved[] = $onResolved;
        }

        private function resolve(mixed $value = null): void
        {
            if ($this->resolved) {
                throw new \Error('Promise has already been resolved');
            }

            $this->resolved = true;
            $this->result = $value;
            $this->dispatch();
        }

        private function fail(\Throwable $reason): void
        {
            if ($this->resolved) {
                throw new \Error('Promise has already been resolved');
            }

            $this->resolved = true;
            $this->error = $reason;
            $this->dispatch();
        }

        private function dispatch(): void
        {
            $callbacks = $this->onResolved;
            $this->onResolved = [];
            foreach ($callbacks as $callback) {
                $callback($this->error, $this->result);
            }
        }
    }

    final class Success implements Promise
    {
        public function __construct(private mixed $value = null)
        {
        }

        public function onResolve(callable $onResolved): void
        {
            $onResolved(null, $this->value);
        }
    }

    final class DeferredPromise implements Promise
    {
        use Placeholder {
            resolve as public;
            fail as public;
        }
    }

    final class Deferred
    {
        private DeferredPromise $promise;

        public function __construct()
        {
            $this->promise = new DeferredPromise();
        }

        public function promise(): Promise
        {
            return $this->promise;
        }

        public function resolve(mixed $value = null): void
        {
            $this->promise->resolve($value);
        }

        public function fail(\Throwable $reason): void
        {
            $this->promise->fail($reason);
        }
    }

    /**
     * Creates a promise from a generator function yielding promises.
     */
    final class Coroutine implements Promise
    {
        use Placeholder;

        private \Generator $generator;

        public function __construct(\Generator $generator)
        {
            $this->generator = $generator;

            try {
                $yielded = $this->generator->current();
                $this->await($yielded);
            } catch (\Throwable $exception) {
                $this->fail($exception);
            }
        }

        private function await(mixed $yielded): void
        {
            if (!$this->generator->valid()) {
                $this->resolve($this->generator->getReturn());

                return;
            }

            if (!$yielded instanceof Promise) {
                throw new \TypeError('Unexpected yield; expected an instance of ' . Promise::class);
            }

            // The coroutine resumes when the yielded promise resolves.
            $yielded->onResolve(function (?\Throwable $error, mixed $value): void {
                $this->continue($error, $value);
            });
        }

        private function continue(?\Throwable $error, mixed $value): void
        {
            try {
                $yielded = $error !== null
                    ? $this->generator->throw($error)
                    : $this->generator->send($value);
                $this->await($yielded);
            } catch (\Throwable $exception) {
                $this->fail($exception);
            }
        }
    }
}

namespace App\Amqp {

    use Amp\Coroutine;
    use Amp\Deferred;
    use Amp\Promise;
    use Amp\Success;

    final class Channel
    {
        private int $nextConfirm = 1;

        /** @var array<int, Deferred> */
        private array $pendingConfirms = [];

        public int $acked = 0;

        public function __construct(public readonly bool $confirmMode)
        {
        }

        /**
         * Acknowledges a delivery; in confirm mode the broker answers with basic.ack later.
         */
        public function ack(int $deliveryTag): Promise
        {
            $this->acked++;

            if (!$this->confirmMode) {
                return new Success($deliveryTag);
            }

            $confirm = new Deferred();
            $this->pendingConfirms[$this->nextConfirm++] = $confirm;

            return $confirm->promise();
        }

        /**
         * Reads the basic.ack frames the broker sent back and resolves the matching acknowledgements.
         */
        public function processConfirms(): int
        {
            $confirms = $this->pendingConfirms;
            $this->pendingConfirms = [];
            foreach ($confirms as $sequence => $deferred) {
                $deferred->resolve($sequence);
            }

            return count($confirms);
        }
    }

    final class Delivery
    {
        private ?Coroutine $handler = null;

        public function __construct(
            public readonly int $deliveryTag,
            public readonly string $routingKey,
            public readonly string $body,
            private Channel $channel,
        ) {
        }

        public function consume(MessageProcessor $processor): Promise
        {
            $this->handler = new Coroutine($this->process($processor));

            return $this->handler;
        }

        private function process(MessageProcessor $processor): \Generator
        {
            $payload = yield new Success(json_decode($this->body, true, 32, JSON_THROW_ON_ERROR));
            $result = yield $processor->handle($this->routingKey, $payload);
            yield $this->channel->ack($this->deliveryTag);

            return $result;
        }
    }

    final class MessageProcessor
    {
        /** @var array<string, int> */
        private array $counters = [];

        public function handle(string $routingKey, array $payload): Promise
        {
            $this->counters[$routingKey] = ($this->counters[$routingKey] ?? 0) + 1;

            return new Success(count($payload['lines'] ?? []));
        }
    }

    final class Consumer
    {
        public int $dispatched = 0;

        public function __construct(private Channel $channel, private MessageProcessor $processor)
        {
        }

        public function onMessage(int $tag, string $routingKey, string $body): void
        {
            $delivery = new Delivery($tag, $routingKey, $body, $this->channel);
            $delivery->consume($this->processor);
            $this->dispatched++;
            $this->channel->processConfirms();
        }
    }
}

namespace {

    use App\Amqp\Channel;
    use App\Amqp\Consumer;
    use App\Amqp\MessageProcessor;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $channel = new Channel(confirmMode: true);
    $consumer = new Consumer($channel, new MessageProcessor());
    $keys = ['orders.created', 'orders.paid', 'orders.shipped'];

    for ($i = 0; $i < $n; $i++) {
        $body = json_encode([
            'order' => 50000 + $i,
            'lines' => array_fill(0, 4, ['sku' => 'SKU-' . ($i % 97), 'qty' => 1 + $i % 3]),
            'comment' => str_repeat('Leave at the front door. ', 20),
        ], JSON_THROW_ON_ERROR);
        $consumer->onMessage($i + 1, $keys[$i % 3], $body);
    }
}
