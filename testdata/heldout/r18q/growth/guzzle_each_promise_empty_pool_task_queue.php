<?php
// Modelled on guzzle/promises https://github.com/guzzle/promises/pull/144: EachPromise resolved an empty pool inside promise(), so wait() never ran the global task queue and every pool's clean-up closure stayed queued
declare(strict_types=1);

namespace GuzzleHttp\Promise;

final class TaskQueue
{
    private array $queue = [];

    public function add(callable $task): void
    {
        $this->queue[] = $task; // leak
    }

    public function run(): void
    {
        while ($task = array_shift($this->queue)) {
            $task();
        }
    }
}

final class Utils
{
    public static function queue(): TaskQueue
    {
        static $queue;

        return $queue ??= new TaskQueue();
    }
}

class Promise
{
    public const PENDING = 'pending';
    public const FULFILLED = 'fulfilled';

    private $state = self::PENDING;
    private $result;
    private $waitFn;
    private $waitList;
    private $handlers = [];

    public function __construct(?callable $waitFn = null)
    {
        $this->waitFn = $waitFn;
    }

    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): Promise
    {
        $p = new Promise();
        $this->handlers[] = [$p, $onFulfilled, $onRejected];
        $p->waitList = $this->waitList;
        $p->waitList[] = $this;

        return $p;
    }

    public function wait($unwrap = true)
    {
        $this->waitIfPending();
        return $unwrap ? $this->result : null;
    }

    public function isSettled(): bool
    {
        return $this->state !== self::PENDING;
    }

    public function resolve($value): void
    {
        if ($this->state !== self::PENDING) {
            throw new \LogicException('The promise is already settled.');
        }
        $this->state = self::FULFILLED;
        $this->result = $value;
        $handlers = $this->handlers;
        $this->handlers = null;
        $this->waitList = $this->waitFn = null;

        if (!$handlers) {
            return;
        }
        Utils::queue()->add(static function () use ($value, $handlers) { // leak
            foreach ($handlers as [$promise, $onFulfilled]) {
                if (!$promise->isSettled()) {
                    $promise->resolve($onFulfilled ? $onFulfilled($value) : $value);
                }
            }
        });
    }

    private function waitIfPending(): void
    {
        if ($this->state !== self::PENDING) {
            return;
        } elseif ($this->waitFn) {
            $wfn = $this->waitFn;
            $this->waitFn = null;
            $wfn(true);
        } elseif ($this->waitList) {
            $waitList = $this->waitList;
            $this->waitList = null;
            foreach ($waitList as $result) {
                $result->waitIfPending();
            }
        }

        Utils::queue()->run();
    }
}

class EachPromise
{
    private $pending = [];
    private $nextPendingIndex = 0;
    /** @var \Iterator|null */
    private $iterable;
    private $onFulfilled;
    /** @var Promise|null */
    private $aggregate;

    public function __construct(iterable $iterable, array $config = [])
    {
        $this->iterable = is_array($iterable) ? new \ArrayIterator($iterable) : $iterable;
        $this->onFulfilled = $config['fulfilled'] ?? null;
    }

    public function promise(): Promise
    {
        if ($this->aggregate) {
            return $this->aggregate;
        }

        $this->createPromise();
        $this->iterable->rewind();
        if (!$this->checkIfFinished()) {
            $this->refillPending();
        }

        return $this->aggregate;
    }

    private function createPromise(): void
    {
        $this->aggregate = new Promise(function () {
            reset($this->pending);
            // Consume a potentially fluctuating list of promises while
            // ensuring that indexes are maintained (precluding array_shift).
            while ($promise = current($this->pending)) {
                next($this->pending);
                $promise->wait();
                if ($this->aggregate->isSettled()) {
                    return;
                }
            }
        });

        // Clear the references when the promise is resolved.
        $clearFn = function () {
            $this->iterable = $this->pending = null;
            $this->onFulfilled = null;
            $this->nextPendingIndex = 0;
        };

        $this->aggregate->then($clearFn, $clearFn);
    }

    private function refillPending(): void
    {
        // Add all pending promises.
        while ($this->addPending() && $this->advanceIterator());
    }

    private function addPending(): bool
    {
        if (!$this->iterable || !$this->iterable->valid()) {
            return false;
        }

        $promise = $this->iterable->current();
        $key = $this->iterable->key();
        $idx = $this->nextPendingIndex++;

        $this->pending[$idx] = $promise->then(function ($value) use ($idx, $key) {
            if ($this->onFulfilled) {
                ($this->onFulfilled)($value, $key, $this->aggregate);
            }
            $this->step($idx);
        });

        return true;
    }

    private function advanceIterator(): bool
    {
        $this->iterable->next();
        return true;
    }

    private function step($idx): void
    {
        if ($this->aggregate->isSettled()) {
            return;
        }
        unset($this->pending[$idx]);
        if ($this->advanceIterator() && !$this->checkIfFinished()) {
            $this->refillPending();
        }
    }

    private function checkIfFinished(): bool
    {
        if (!$this->pending && !$this->iterable->valid()) {
            // Resolve the promise if there's nothing left to do.
            $this->aggregate->resolve(null);

            return true;
        }

        return false;
    }
}

namespace App;

use GuzzleHttp\Promise\EachPromise;
use GuzzleHttp\Promise\Promise;

// A Messenger handler fanning order events out to the webhook subscribers (a GuzzleHttp\Pool in the real app); nobody has subscribed to "order.paid" yet, so every pool is empty.
$subscriptions = ['invoice.created' => ['https://hooks.example/invoices']];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $event = ['name' => 'order.paid', 'order' => $i, 'lines' => str_repeat('line-' . $i . ';', 40)];
    $payload = json_encode($event);
    $requests = [];
    foreach ($subscriptions[$event['name']] ?? [] as $url) {
        $requests[$url] = $send = new Promise(function () use (&$send, $payload) {
            $send->resolve(['status' => 204, 'sent' => strlen($payload)]);
        });
    }
    $delivered = [];
    $pool = new EachPromise($requests, ['fulfilled' => function ($response, $url) use (&$delivered, $event) {
        $delivered[$url] = [$response['status'], $event['order']];
    }]);
    $pool->promise()->wait(false);
    unset($requests, $send, $pool);
}
