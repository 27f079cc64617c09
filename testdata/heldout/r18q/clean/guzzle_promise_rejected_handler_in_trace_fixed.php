<?php
// Modelled on guzzle/promises https://github.com/guzzle/promises/pull/128: callHandler copies the callback and unsets $handler before calling it, so a thrown exception's trace no longer holds the promise that stores it
declare(strict_types=1);

namespace GuzzleHttp\Promise;

final class TaskQueue
{
    private array $queue = [];

    public function add(callable $task): void
    {
        $this->queue[] = $task;
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

final class RejectionException extends \RuntimeException
{
}

class Promise
{
    public const PENDING = 'pending';
    public const FULFILLED = 'fulfilled';
    public const REJECTED = 'rejected';

    private $state = self::PENDING;
    private $result;
    private $cancelFn;
    private $waitFn;
    private $waitList;
    private $handlers = [];

    public function __construct(?callable $waitFn = null, ?callable $cancelFn = null)
    {
        $this->waitFn = $waitFn;
        $this->cancelFn = $cancelFn;
    }

    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): Promise
    {
        if ($this->state !== self::PENDING) {
            throw new \LogicException('Trimmed stand-in: then() on a settled promise is not used here');
        }
        $p = new Promise(null, [$this, 'cancel']);
        $this->handlers[] = [$p, $onFulfilled, $onRejected];
        $p->waitList = $this->waitList;
        $p->waitList[] = $this;

        return $p;
    }

    public function wait($unwrap = true)
    {
        $this->waitIfPending();

        if ($unwrap) {
            if ($this->state === self::FULFILLED) {
                return $this->result;
            }
            // It's rejected so "unwrap" and throw an exception.
            throw $this->result instanceof \Throwable ? $this->result : new RejectionException((string) $this->result);
        }
    }

    public function cancel(): void
    {
        $this->reject(new \RuntimeException('Promise has been cancelled'));
    }

    public function resolve($value): void
    {
        $this->settle(self::FULFILLED, $value);
    }

    public function reject($reason): void
    {
        $this->settle(self::REJECTED, $reason);
    }

    private function settle($state, $value): void
    {
        if ($this->state !== self::PENDING) {
            throw new \LogicException("The promise is already {$this->state}.");
        }

        // Clear out the state of the promise but stash the handlers.
        $this->state = $state;
        $this->result = $value;
        $handlers = $this->handlers;
        $this->handlers = null;
        $this->waitList = $this->waitFn = null;
        $this->cancelFn = null;

        if (!$handlers) {
            return;
        }

        $id = $state === self::FULFILLED ? 1 : 2;
        Utils::queue()->add(static function () use ($id, $value, $handlers) {
            foreach ($handlers as $handler) {
                self::callHandler($id, $value, $handler);
            }
        });
    }

    private static function callHandler($index, $value, array $handler): void
    {
        /** @var Promise $promise */
        $promise = $handler[0];

        if ($promise->state !== self::PENDING) {
            return;
        }

        try {
            if (isset($handler[$index])) {
                /*
                 * If $f throws an exception, then $handler will be in the exception
                 * stack trace. Since $handler contains a reference to the callable
                 * itself we get a circular reference. We clear the $handler
                 * here to avoid that memory leak.
                 */
                $f = $handler[$index];
                unset($handler);
                $promise->resolve($f($value));
            } elseif ($index === 1) {
                $promise->resolve($value);
            } else {
                $promise->reject($value);
            }
        } catch (\Throwable $reason) {
            $promise->reject($reason);
        }
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

        if ($this->state === self::PENDING) {
            $this->reject('Invoking the wait callback did not resolve the promise');
        }
    }
}

namespace App;

use GuzzleHttp\Promise\Promise;

final class Response
{
    public function __construct(public int $status, public string $body)
    {
    }
}

final class RequestException extends \RuntimeException
{
    public function __construct(string $message, public readonly string $uri, public readonly Response $response)
    {
        parent::__construct($message, $response->status);
    }
}

/** Stands in for Guzzle's curl handler plus the http_errors middleware. */
final class ApiClient
{
    public function requestAsync(string $uri, int $status): Promise
    {
        $promise = new Promise(function () use (&$promise, $uri, $status) {
            $promise->resolve(new Response($status, json_encode(['error' => 'stock service unavailable', 'uri' => $uri, 'detail' => str_repeat('x', 600)])));
        });

        return $promise->then(static function (Response $response) use ($uri) {
            if ($response->status >= 400) {
                throw new RequestException("Server error: GET {$uri} resulted in a {$response->status} response", $uri, $response);
            }

            return $response;
        });
    }
}

// A queue consumer syncing stock levels; the upstream API answers 503 to every job.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$client = new ApiClient();
for ($i = 0; $i < $n; $i++) {
    try {
        $client->requestAsync('https://stock.internal/items/' . $i, 503)->wait();
    } catch (RequestException $e) {
        // job is released back to the queue
    }
    unset($e);
}
