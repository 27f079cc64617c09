<?php

declare(strict_types=1);

namespace React\EventLoop;

use Closure;

// Stand-in for ReactPHP's event loop: periodic timers run on tick().
final class Loop
{
    /** @var list<array{every: int, callback: Closure}> */
    private array $timers = [];

    private int $ticks = 0;

    public function addPeriodicTimer(int $every, Closure $callback): void
    {
        $this->timers[] = ['every' => $every, 'callback' => $callback];
    }

    public function tick(): void
    {
        $this->ticks++;
        foreach ($this->timers as $timer) {
            if ($this->ticks % $timer['every'] === 0) {
                ($timer['callback'])();
            }
        }
    }
}
