<?php

namespace React\Promise;

final class Deferred
{
    private Promise $promise;

    public function __construct()
    {
        $this->promise = new Promise();
    }

    public function promise(): Promise
    {
        return $this->promise;
    }

    public function resolve(mixed $value): void
    {
        $this->promise->settle(true, $value);
    }

    public function reject(\Throwable $reason): void
    {
        $this->promise->settle(false, $reason);
    }
}
