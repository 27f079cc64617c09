<?php

declare(strict_types=1);

namespace App\HttpClient;

/** Small Guzzle-like promise used by the in-house async client. */
final class Promise
{
    private const PENDING = 0;
    private const FULFILLED = 1;
    private const REJECTED = 2;

    private int $state = self::PENDING;
    private mixed $result = null;
    /** @var list<array{0: ?callable, 1: ?callable}> */
    private array $handlers = [];

    public function __construct(private readonly ?\Closure $waitFn = null)
    {
    }

    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): self
    {
        if ($this->state === self::PENDING) {
            $this->handlers[] = [$onFulfilled, $onRejected];

            return $this;
        }
        $handler = $this->state === self::FULFILLED ? $onFulfilled : $onRejected;
        if ($handler !== null) {
            $handler($this->result);
        }

        return $this;
    }

    public function resolve(mixed $value): void
    {
        $this->settle(self::FULFILLED, $value);
    }

    public function reject(\Throwable $reason): void
    {
        $this->settle(self::REJECTED, $reason);
    }

    public function wait(): mixed
    {
        if ($this->state === self::PENDING && $this->waitFn !== null) {
            ($this->waitFn)($this);
        }
        if ($this->state === self::REJECTED) {
            throw $this->result;
        }

        return $this->result;
    }

    private function settle(int $state, mixed $value): void
    {
        if ($this->state !== self::PENDING) {
            return;
        }
        $this->state = $state;
        $this->result = $value;
        $handlers = $this->handlers;
        $this->handlers = [];
        foreach ($handlers as [$onFulfilled, $onRejected]) {
            $handler = $state === self::FULFILLED ? $onFulfilled : $onRejected;
            if ($handler !== null) {
                $handler($value);
            }
        }
    }
}
