<?php

namespace GuzzleHttp\Promise;

/**
 * Trimmed stand-in for guzzlehttp/promises' Promise, with the settle() path
 * that releases the wait and cancel functions once the promise is resolved.
 */
class Promise implements PromiseInterface
{
    private string $state = self::PENDING;
    private $result;
    private $cancelFn;
    private $waitFn;
    private ?array $handlers = [];
    private ?array $waitList = null;

    public function __construct(?callable $waitFn = null, ?callable $cancelFn = null)
    {
        $this->waitFn = $waitFn;
        $this->cancelFn = $cancelFn;
    }

    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface
    {
        if ($this->state === self::PENDING) {
            $p = new Promise(null, [$this, 'cancel']);
            $this->handlers[] = [$p, $onFulfilled, $onRejected];
            $p->waitList = $this->waitList;
            $p->waitList[] = $this;

            return $p;
        }

        $p = new Promise();
        $cb = $this->state === self::FULFILLED ? $onFulfilled : $onRejected;
        $cb ? $p->resolve($cb($this->result)) : $p->resolve($this->result);

        return $p;
    }

    public function wait(bool $unwrap = true)
    {
        if ($this->state === self::PENDING) {
            if ($this->waitFn) {
                $wfn = $this->waitFn;
                $this->waitFn = null;
                $wfn(true);
            } elseif ($this->waitList) {
                foreach ($this->waitList as $parent) {
                    $parent->wait(false);
                }
            }
        }

        if ($this->state === self::PENDING) {
            $this->reject('Invoking the wait callback did not resolve the promise');
        }

        if (!$unwrap) {
            return null;
        }

        if ($this->state === self::REJECTED) {
            throw $this->result instanceof \Throwable ? $this->result : new \RuntimeException((string) $this->result);
        }

        return $this->result;
    }

    public function getState(): string
    {
        return $this->state;
    }

    public function cancel(): void
    {
        if ($this->state !== self::PENDING) {
            return;
        }

        if ($fn = $this->cancelFn) {
            $fn();
        }

        if ($this->state === self::PENDING) {
            $this->reject(new \RuntimeException('Promise has been cancelled'));
        }
    }

    public function resolve($value): void
    {
        $this->settle(self::FULFILLED, $value);
    }

    public function reject($reason): void
    {
        $this->settle(self::REJECTED, $reason);
    }

    private function settle(string $state, $value): void
    {
        if ($this->state !== self::PENDING) {
            if ($state === $this->state && $value === $this->result) {
                return;
            }
            throw new \LogicException("The promise is already {$this->state}");
        }

        $handlers = $this->handlers;
        $this->state = $state;
        $this->result = $value;
        $this->handlers = null;
        $this->waitList = $this->waitFn = null;
        $this->cancelFn = null;

        foreach ($handlers as [$promise, $onFulfilled, $onRejected]) {
            $cb = $state === self::FULFILLED ? $onFulfilled : $onRejected;
            $cb ? $promise->resolve($cb($value)) : $promise->resolve($value);
        }
    }
}
