<?php

namespace App;

use Revolt\EventLoop;

/**
 * Wraps the request handler: a request still running when its deadline
 * timer fires is noted as slow. The handler stops the timer in a finally,
 * so a request answered in time never fires it.
 */
final class SlowRequestWatch
{
    /** @var list<string> */
    private array $slow = [];

    public function handle(array $request): string
    {
        $watch = EventLoop::delay(0.0, function (string $timer) use ($request): void {
            $this->slow[] = $timer . ' ' . $request['path'] . ' ' . $request['agent'];
        });
        try {
            return strtoupper($request['path']);
        } finally {
            EventLoop::cancel($watch);
        }
    }
}
