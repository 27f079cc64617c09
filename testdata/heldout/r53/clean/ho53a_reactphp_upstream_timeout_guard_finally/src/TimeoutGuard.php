<?php

namespace App;

use React\EventLoop\StreamSelectLoop;
use React\Promise\Deferred;
use React\Promise\Promise;
use React\Promise\PromiseInterface;

final class TimeoutException extends \RuntimeException
{
}

/**
 * Races an upstream promise against a timer: if the upstream has not
 * answered after $seconds the caller gets a TimeoutException instead.
 */
final class TimeoutGuard
{
    public function __construct(private StreamSelectLoop $loop, private float $seconds)
    {
    }

    public function guard(Promise $upstream, string $label): PromiseInterface
    {
        $deferred = new Deferred();
        $timer = $this->loop->addTimer($this->seconds, $this->onTimeout($deferred, $label));

        $upstream->then(
            static fn ($value) => $deferred->resolve($value),
            static fn (\Throwable $e) => $deferred->reject($e),
        );

        return $this->disarmWhenSettled($deferred->promise(), $timer);
    }

    private function onTimeout(Deferred $deferred, string $label): \Closure
    {
        $seconds = $this->seconds;
        return static function () use ($deferred, $label, $seconds): void {
            $deferred->reject(new TimeoutException(sprintf('%s timed out after %.1fs', $label, $seconds)));
        };
    }

    private function disarmWhenSettled(Promise $promise, \React\EventLoop\TimerInterface $timer): PromiseInterface
    {
        return $promise->finally(function () use ($timer) {
            $this->loop->cancelTimer($timer);
        });
    }
}
