<?php

namespace React\Promise;

final class Promise
{
    private ?array $handlers = [];
    private ?bool $fulfilled = null;
    private mixed $result = null;

    public function done(?callable $onFulfilled = null, ?callable $onRejected = null): void
    {
        if ($this->fulfilled === null) {
            $this->handlers[] = [$onFulfilled, $onRejected];

            return;
        }

        $cb = $this->fulfilled ? $onFulfilled : $onRejected;
        if ($cb !== null) {
            $cb($this->result);
        }
    }

    public function isPending(): bool
    {
        return $this->fulfilled === null;
    }

    /** @internal */
    public function settle(bool $fulfilled, mixed $value): void
    {
        if ($this->fulfilled !== null) {
            return;
        }

        $handlers = $this->handlers;
        $this->handlers = null;
        $this->fulfilled = $fulfilled;
        $this->result = $value;

        foreach ($handlers as [$onFulfilled, $onRejected]) {
            $cb = $fulfilled ? $onFulfilled : $onRejected;
            if ($cb !== null) {
                $cb($value);
            }
        }
    }
}

final class Deferred
{
    private Promise $promise;

    public function __construct(private ?\Closure $canceller = null)
    {
        $this->promise = new Promise();
    }

    public function promise(): Promise
    {
        return $this->promise;
    }

    public function resolve(mixed $value): void
    {
        $this->canceller = null;
        $this->promise->settle(true, $value);
    }

    public function reject(\Throwable $reason): void
    {
        $this->canceller = null;
        $this->promise->settle(false, $reason);
    }

    public function cancel(): void
    {
        if (!$this->promise->isPending()) {
            return;
        }
        $canceller = $this->canceller;
        $this->canceller = null;
        if ($canceller !== null) {
            $canceller();
        }
        $this->reject(new \RuntimeException('Cancelled'));
    }
}
