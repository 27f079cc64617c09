<?php

namespace Workerman;

use Workerman\Connection\TcpConnection;

class Worker
{
    /** @var callable|null */
    public $onMessage = null;

    public string $name = 'none';
    public int $count = 1;

    public function __construct(public readonly string $socketName)
    {
    }

    /**
     * Stand-in for the event loop: feeds $frames websocket frames to
     * onMessage over the connections that sent them.
     */
    public function runFrames(int $frames, \Closure $frameFor): void
    {
        for ($i = 0; $i < $frames; $i++) {
            [$connection, $data] = $frameFor($i);
            ($this->onMessage)($connection, $data);
        }
    }
}
