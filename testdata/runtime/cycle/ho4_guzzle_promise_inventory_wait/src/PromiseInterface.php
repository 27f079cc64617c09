<?php

declare(strict_types=1);

namespace GuzzleHttp\Promise;

/**
 * A promise represents the eventual result of an asynchronous operation.
 *
 * The primary way of interacting with a promise is through its then method,
 * which registers callbacks to receive either a promise’s eventual value or
 * the reason why the promise cannot be fulfilled.
 */
interface PromiseInterface
{
    public const PENDING = 'pending';
    public const FULFILLED = 'fulfilled';
    public const REJECTED = 'rejected';

    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface;

    public function otherwise(callable $onRejected): PromiseInterface;

    public function getState(): string;

    public function resolve(mixed $value): void;

    public function reject(mixed $reason): void;

    public function cancel(): void;

    public function wait(bool $unwrap = true): mixed;
}
