<?php
// A ReactPHP-style exchange-rate fetcher wraps every outgoing request in a pending-request object whose Deferred promise is resolved from the event loop; a settled promise releases its canceller.

declare(strict_types=1);

namespace React\Promise {

    interface PromiseInterface
    {
        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface;

        public function done(?callable $onFulfilled = null, ?callable $onRejected = null): void;

        public function cancel(): void;
    }

    interface PromisorInterface
    {
        public function promise(): PromiseInterface;
    }

    final class Promise implements PromiseInterface
    {
        private const PENDING = 0;
        private const FULFILLED = 1;
        private const REJECTED = 2;

        /** @var callable|null */
        private $canceller;

        private int $state = self::PENDING;

        private mixed $value = null;

        /** @var list<array{0: ?callable, 1: ?callable}> */
        private array $handlers = [];

        private bool $cancelled = false;

        public function __construct(callable $resolver, ?callable $canceller = null)
        {
            $this->canceller = $canceller;
            $this->call($resolver);
        }

        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface
        {
            if ($this->state === self::PENDING) {
                return new Promise(function (callable $resolve, callable $reject) use ($onFulfilled, $onRejected): void {
                    $this->handlers[] = [
                        static fn ($value) => $resolve($onFulfilled ? $onFulfilled($value) : $value),
                        static fn ($reason) => $onRejected ? $resolve($onRejected($reason)) : $reject($reason),
                    ];
                });
            }

            $callback = $this->state === self::FULFILLED ? $onFulfilled : $onRejected;
            if ($callback === null) {
                return $this;
            }

            $value = $this->value;

            return new Promise(static function (callable $resolve, callable $reject) use ($callback, $value): void {
                try {
                    $resolve($callback($value));
                } catch (\Throwable $e) {
                    $reject($e);
                }
            });
        }

        public function done(?callable $onFulfilled = null, ?callable $onRejected = null): void
        {
            if ($this->state === self::PENDING) {
                $this->handlers[] = [$onFulfilled, $onRejected];

                return;
            }

            $callback = $this->state === self::FULFILLED ? $onFulfilled : $onRejected;
            if ($callback !== null) {
                $callback($this->value);
            }
        }

        public function cancel(): void
        {
            if ($this->state !== self::PENDING || $this->cancelled || $this->canceller === null) {
                return;
            }

            $this->cancelled = true;
            $canceller = $this->canceller;
            $this->canceller = null;
            $this->call($canceller);
        }

        private function settle(int $state, mixed $value): void
        {
            if ($this->state !== self::PENDING) {
                return;
            }

            $this->state = $state;
            $this->value = $value;
            $this->canceller = null;

            $handlers = $this->handlers;
            $this->handlers = [];
            foreach ($handlers as [$onFulfilled, $onRejected]) {
                $callback = $state === self::FULFILLED ? $onFulfilled : $onRejected;
                if ($callback !== null) {
                    $callback($value);
                }
            }
        }

        private function call(callable $callback): void
        {
            try {
                $callback(
                    function (mixed $value = null): void {
                        $this->settle(self::FULFILLED, $value);
                    },
                    function (\Throwable $reason): void {
                        $this->settle(self::REJECTED, $reason);
                    }
                );
            } catch (\Throwable $e) {
                $this->settle(self::REJECTED, $e);
            }
        }
    }

    final class Deferred implements PromisorInterface
    {
        private ?Promise $promise = null;

        /** @var callable|null */
        private $resolveCallback;

        /** @var callable|null */
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
                $canceller = $this->canceller;
                $this->canceller = null;
                $this->promise = new Promise(function (callable $resolve, callable $reject): void {
                    $this->resolveCallback = $resolve;
                    $this->rejectCallback = $reject;
                }, $canceller);
            }

            return $this->promise;
        }

        public function resolve(mixed $value = null): void
        {
            $this->promise();
            ($this->resolveCallback)($value);
        }

        public function reject(\Throwable $reason): void
        {
            $this->promise();
            ($this->rejectCallback)($reason);
        }
    }
}

namespace React\EventLoop {

    /**
     * Minimal tick-based loop: enough to drive the fetcher in a CLI worker.
     */
    final class TickLoop
    {
        /** @var \SplQueue<callable> */
        private \SplQueue $ticks;

        private bool $running = false;

        public function __construct()
        {
            $this->ticks = new \SplQueue();
        }

        public function futureTick(callable $listener): void
        {
            $this->ticks->enqueue($listener);
        }

        public function run(): void
        {
            $this->running = true;
            while ($this->running && !$this->ticks->isEmpty()) {
                $tick = $this->ticks->dequeue();
                $tick();
            }
            $this->running = false;
        }

        public function stop(): void
        {
            $this->running = false;
        }
    }
}

namespace App\Rates {

    use React\EventLoop\TickLoop;
    use React\Promise\Deferred;
    use React\Promise\PromiseInterface;

    final class PendingRequest
    {
        private Deferred $deferred;

        private bool $aborted = false;

        /**
         * @param array<string, string> $headers
         */
        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            public readonly array $headers,
            public readonly string $body,
        ) {
            $this->deferred = new Deferred([$this, 'abort']);
        }

        public function promise(): PromiseInterface
        {
            return $this->deferred->promise();
        }

        public function complete(string $responseBody): void
        {
            if (!$this->aborted) {
                $this->deferred->resolve($responseBody);
            }
        }

        public function fail(\Throwable $error): void
        {
            $this->deferred->reject($error);
        }

        public function abort(): void
        {
            $this->aborted = true;
            $this->fail(new \RuntimeException("Request to {$this->uri} was cancelled"));
        }
    }

    final class FakeTransport
    {
        public int $roundTrips = 0;

        public function roundTrip(PendingRequest $request): string
        {
            $this->roundTrips++;
            $pair = substr($request->uri, strrpos($request->uri, '/') + 1);

            return json_encode([
                'pair' => $pair,
                'rate' => 1 + (crc32($pair) % 1000) / 10000,
                'source' => 'ecb',
                'disclaimer' => str_repeat('Rates are indicative only. ', 24),
            ], JSON_THROW_ON_ERROR);
        }
    }

    final class RateFetcher
    {
        public function __construct(
            private TickLoop $loop,
            private FakeTransport $transport,
            private string $apiKey,
        ) {
        }

        public function fetch(string $base, string $quote): PromiseInterface
        {
            $request = new PendingRequest(
                'GET',
                "https://rates.example.test/v2/latest/{$base}{$quote}",
                ['Authorization' => 'Bearer ' . $this->apiKey, 'Accept' => 'application/json'],
                json_encode(['base' => $base, 'quote' => $quote, 'precision' => 6, 'trace' => str_repeat('x', 320)], JSON_THROW_ON_ERROR),
            );

            $this->loop->futureTick(function () use ($request): void {
                $request->complete($this->transport->roundTrip($request));
            });

            return $request->promise();
        }
    }

    final class RateBook
    {
        /** @var array<string, float> */
        private array $latest = [];

        public function record(string $pair, float $rate): void
        {
            $this->latest[$pair] = $rate;
        }

        public function count(): int
        {
            return count($this->latest);
        }
    }
}

namespace {

    use App\Rates\FakeTransport;
    use App\Rates\RateBook;
    use App\Rates\RateFetcher;
    use React\EventLoop\TickLoop;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $loop = new TickLoop();
    $fetcher = new RateFetcher($loop, new FakeTransport(), 'test_4f9a2c');
    $book = new RateBook();
    $currencies = ['USD', 'GBP', 'JPY', 'CHF', 'SEK', 'NOK', 'PLN'];

    for ($i = 0; $i < $n; $i++) {
        $quote = $currencies[$i % count($currencies)];
        $fetcher->fetch('EUR', $quote)->done(static function (string $body) use ($book): void {
            $data = json_decode($body, true);
            $book->record($data['pair'], $data['rate']);
        });
        $loop->run();
    }
}
