<?php

namespace App;

use React\EventLoop\Loop;
use React\EventLoop\TimerInterface;

final class Session
{
    private ?TimerInterface $idle = null;
    private bool $open = true;

    public function __construct(public readonly string $peer, private string $greeting)
    {
    }

    public function start(): void
    {
        $this->idle = Loop::addTimer(60.0, function (): void { // leak
            $this->open = false;
        });
    }

    public function end(): void
    {
        Loop::cancelTimer($this->idle);
        $this->open = false;
    }
}
