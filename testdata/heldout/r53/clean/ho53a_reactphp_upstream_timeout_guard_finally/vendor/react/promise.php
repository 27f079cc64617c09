<?php
// Stand-in for react/promise v3 (then / catch / finally).

namespace React\Promise;

interface PromiseInterface
{
    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface;
}

final class Promise implements PromiseInterface
{
    private array $handlers = [];
    private ?array $result = null;

    public function settle(bool $ok, mixed $value): void
    {
        if ($this->result !== null) {
            return;
        }
        $this->result = [$ok, $value];
        $handlers = $this->handlers;
        $this->handlers = [];
        foreach ($handlers as $handler) {
            $handler($ok, $value);
        }
    }

    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface
    {
        $child = new Promise();
        $handler = static function (bool $ok, mixed $value) use ($child, $onFulfilled, $onRejected): void {
            try {
                if ($ok) {
                    $child->settle(true, $onFulfilled ? $onFulfilled($value) : $value);
                } elseif ($onRejected) {
                    $child->settle(true, $onRejected($value));
                } else {
                    $child->settle(false, $value);
                }
            } catch (\Throwable $e) {
                $child->settle(false, $e);
            }
        };
        if ($this->result !== null) {
            $handler(...$this->result);
        } else {
            $this->handlers[] = $handler;
        }
        return $child;
    }

    public function catch(callable $onRejected): PromiseInterface
    {
        return $this->then(null, $onRejected);
    }

    public function finally(callable $onFulfilledOrRejected): PromiseInterface
    {
        return $this->then(
            static function (mixed $value) use ($onFulfilledOrRejected) {
                $onFulfilledOrRejected();
                return $value;
            },
            static function (\Throwable $reason) use ($onFulfilledOrRejected) {
                $onFulfilledOrRejected();
                throw $reason;
            },
        );
    }
}

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
