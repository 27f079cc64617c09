<?php

namespace App;

use Revolt\EventLoop;

/**
 * Wraps the request handler: a request still running when its deadline
 * timer fires is noted as slow. The handler returns without stopping the
 * timer, so it fires after every request and every request is noted.
 */
final class SlowRequestWatch
{
    /** @var list<string> */
    private array $slow = [];

    public function handle(array $request): string
    {
        $watch = EventLoop::delay(0.0, function (string $timer) use ($request): void {
            $this->slow[] = $timer . ' ' . $request['path'] . ' ' . $request['agent']; // leak
        });
        return strtoupper($request['path']);
    }
}
