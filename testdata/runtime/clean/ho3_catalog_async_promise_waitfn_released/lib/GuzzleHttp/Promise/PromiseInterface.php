<?php

declare(strict_types=1);

namespace GuzzleHttp\Promise;

/**
 * A promise represents the eventual result of an asynchronous operation.
 */
interface PromiseInterface
{
    public const PENDING = 'pending';
    public const FULFILLED = 'fulfilled';
    public const REJECTED = 'rejected';

    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface;

    public function getState(): string;

    /**
     * @param mixed $value
     */
    public function resolve($value): void;

    public function reject($reason): void;

    public function cancel(): void;

    /**
     * @return mixed
     */
    public function wait(bool $unwrap = true);
}
