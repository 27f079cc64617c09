<?php

declare(strict_types=1);

namespace GuzzleHttp\Promise;

/**
 * Trimmed-down synchronous promise modelled after guzzlehttp/promises.
 *
 * The wait function is invoked when wait() is called on a pending promise;
 * it is expected to deliver the value through resolve() or reject().
 */
class Promise implements PromiseInterface
{
    private string $state = self::PENDING;

    /** @var mixed */
    private $result;

    /** @var callable|null */
    private $waitFn;

    /** @var callable|null */
    private $cancelFn;

    /** @var array<int, array{0: Promise, 1: ?callable, 2: ?callable}> */
    private array $handlers = [];

    /** @var list<Promise> promises that must be waited on before this one can settle */
    private array $waitList = [];

    public function __construct(?callable $waitFn = null, ?callable $cancelFn = null)
    {
        $this->waitFn = $waitFn; // leak
        $this->cancelFn = $cancelFn;
    }

    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface
    {
        $next = new Promise();
        if ($this->state === self::PENDING) {
            $this->handlers[] = [$next, $onFulfilled, $onRejected];
            $next->waitList = $this->waitList;
            $next->waitList[] = $this;

            return $next;
        }

        $callback = $this->state === self::FULFILLED ? $onFulfilled : $onRejected;
        try {
            $next->resolve($callback !== null ? $callback($this->result) : $this->result);
        } catch (\Throwable $e) {
            $next->reject($e);
        }

        return $next;
    }

    public function getState(): string
    {
        return $this->state;
    }

    public function resolve($value): void
    {
        $this->settle(self::FULFILLED, $value);
    }

    public function reject($reason): void
    {
        $this->settle(self::REJECTED, $reason);
    }

    public function cancel(): void
    {
        if ($this->state !== self::PENDING) {
            return;
        }
        if ($this->cancelFn !== null) {
            ($this->cancelFn)();
        }
        $this->reject(new CancellationException('Promise has been cancelled'));
    }

    public function wait(bool $unwrap = true)
    {
        foreach ($this->waitList as $pending) {
            if ($pending->state === self::PENDING) {
                $pending->wait(false);
            }
        }
        $this->waitList = [];
        if ($this->state === self::PENDING && $this->waitFn !== null) {
            ($this->waitFn)(true);
        }
        if ($this->state === self::PENDING) {
            $this->reject(new \LogicException('Invoking the wait callback did not resolve the promise'));
        }
        if (!$unwrap) {
            return null;
        }
        if ($this->state === self::REJECTED) {
            throw $this->result instanceof \Throwable ? $this->result : new \RuntimeException((string) $this->result);
        }

        return $this->result;
    }

    private function settle(string $state, $value): void
    {
        if ($this->state !== self::PENDING) {
            return;
        }
        $this->state = $state;
        $this->result = $value;

        $handlers = $this->handlers;
        $this->handlers = [];
        foreach ($handlers as [$next, $onFulfilled, $onRejected]) {
            $callback = $state === self::FULFILLED ? $onFulfilled : $onRejected;
            try {
                $next->resolve($callback !== null ? $callback($value) : $value);
            } catch (\Throwable $e) {
                $next->reject($e);
            }
        }
    }
}

final class CancellationException extends \RuntimeException
{
}
