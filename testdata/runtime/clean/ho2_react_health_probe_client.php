<?php
// A ReactPHP-style health-check daemon probes upstream services on a periodic timer with an async HTTP client built on deferred transactions and promises.

declare(strict_types=1);

namespace React\EventLoop {

    /**
     * Deterministic loop stand-in: timers fire in order of a virtual clock.
     */
    final class Loop
    {
        private float $time = 0.0;
        private bool $stopped = false;
        private int $nextId = 1;
        /** @var array<int, array{at: float, interval: float|null, callback: callable}> */
        private array $timers = [];

        public function addTimer(float $after, callable $callback): int
        {
            $id = $this->nextId++;
            $this->timers[$id] = ['at' => $this->time + $after, 'interval' => null, 'callback' => $callback];

            return $id;
        }

        public function addPeriodicTimer(float $interval, callable $callback): int
        {
            $id = $this->nextId++;
            $this->timers[$id] = ['at' => $this->time + $interval, 'interval' => $interval, 'callback' => $callback];

            return $id;
        }

        public function cancelTimer(int $id): void
        {
            unset($this->timers[$id]);
        }

        public function stop(): void
        {
            $this->stopped = true;
        }

        public function run(): void
        {
            while (!$this->stopped && $this->timers !== []) {
                $nextId = null;
                foreach ($this->timers as $id => $timer) {
                    if ($nextId === null || $timer['at'] < $this->timers[$nextId]['at']) {
                        $nextId = $id;
                    }
                }
                $timer = $this->timers[$nextId];
                $this->time = $timer['at'];
                if ($timer['interval'] === null) {
                    unset($this->timers[$nextId]);
                } else {
                    $this->timers[$nextId]['at'] = $this->time + $timer['interval'];
                }
                ($timer['callback'])();
            }
        }
    }
}

namespace React\Promise {

    final class Promise
    {
        /** @var list<callable> */
        private array $onFulfilled = [];
        /** @var list<callable> */
        private array $onRejected = [];
        /** @var callable|null */
        private $canceller;
        private ?string $state = null;
        private mixed $value = null;

        public function __construct(?callable $canceller = null)
        {
            $this->canceller = $canceller;
        }

        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): self
        {
            if ($this->state === 'fulfilled' && $onFulfilled) {
                $onFulfilled($this->value);
            } elseif ($this->state === 'rejected' && $onRejected) {
                $onRejected($this->value);
            } else {
                if ($onFulfilled) {
                    $this->onFulfilled[] = $onFulfilled;
                }
                if ($onRejected) {
                    $this->onRejected[] = $onRejected;
                }
            }

            return $this;
        }

        public function cancel(): void
        {
            if ($this->state === null && $this->canceller !== null) {
                ($this->canceller)();
            }
        }

        /** @internal */
        public function settle(string $state, mixed $value): void
        {
            if ($this->state !== null) {
                return;
            }
            $this->state = $state;
            $this->value = $value;
            foreach ($state === 'fulfilled' ? $this->onFulfilled : $this->onRejected as $handler) {
                $handler($value);
            }
            $this->onFulfilled = $this->onRejected = [];
            $this->canceller = null;
        }
    }
}

namespace Probe\Http {

    use React\EventLoop\Loop;
    use React\Promise\Promise;

    final class ProbeResult
    {
        public function __construct(
            public readonly string $url,
            public readonly int $status,
            public readonly string $body,
            public readonly float $latency,
        ) {}
    }

    /**
     * One in-flight HTTP exchange.
     */
    final class Transaction
    {
        public readonly Promise $promise;
        private ?int $timeoutTimer = null;
        private string $buffer = '';

        public function __construct(
            private readonly Loop $loop,
            public readonly string $url,
            private readonly float $timeout,
        ) {
            $this->promise = new Promise([$this, 'abort']);
        }

        public function send(): void
        {
            $this->timeoutTimer = $this->loop->addTimer($this->timeout, fn () => $this->abort());
            $this->loop->addTimer(0.004, fn () => $this->onData(200, $this->fakeBody()));
        }

        public function abort(): void
        {
            $this->clearTimeout();
            $this->promise->settle('rejected', new \RuntimeException("Request to {$this->url} timed out"));
        }

        private function onData(int $status, string $chunk): void
        {
            $this->clearTimeout();
            $this->buffer .= $chunk;
            $this->promise->settle('fulfilled', new ProbeResult($this->url, $status, $this->buffer, 0.004));
        }

        private function clearTimeout(): void
        {
            if ($this->timeoutTimer !== null) {
                $this->loop->cancelTimer($this->timeoutTimer);
                $this->timeoutTimer = null;
            }
        }

        private function fakeBody(): string
        {
            return json_encode([
                'status' => 'pass',
                'checks' => array_fill_keys(['db:connections', 'cache:hitrate', 'queue:lag', 'disk:free'], [
                    'status' => 'pass',
                    'observedUnit' => 'ms',
                    'time' => '2024-01-01T00:00:00Z',
                    'output' => str_repeat('ok ', 20),
                ]),
            ]) ?: '{}';
        }
    }

    final class Client
    {
        public function __construct(private readonly Loop $loop, private readonly float $timeout = 2.0) {}

        public function get(string $url): Promise
        {
            $transaction = new Transaction($this->loop, $url, $this->timeout);
            $transaction->send();

            return $transaction->promise;
        }
    }
}

namespace {

    use Probe\Http\Client;
    use Probe\Http\ProbeResult;
    use React\EventLoop\Loop;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $loop = new Loop();
    $client = new Client($loop, 1.5);
    $upstreams = ['http://orders:8080/health', 'http://billing:8080/health', 'http://search:9200/_cluster/health'];
    $status = ['up' => 0, 'down' => 0];
    $probes = 0;

    $loop->addPeriodicTimer(0.25, static function () use ($loop, $client, $upstreams, &$status, &$probes, $n): void {
        if ($probes >= $n) {
            $loop->stop();
            return;
        }
        $url = $upstreams[$probes++ % count($upstreams)];
        $client->get($url)->then(
            static function (ProbeResult $result) use (&$status): void {
                $status[$result->status < 400 ? 'up' : 'down']++;
            },
            static function (\Throwable $e) use (&$status): void {
                $status['down']++;
            },
        );
    });

    $loop->run();
}
