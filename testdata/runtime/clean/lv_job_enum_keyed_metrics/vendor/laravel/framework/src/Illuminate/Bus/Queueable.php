<?php

namespace Illuminate\Bus;

trait Queueable
{
    public $connection;

    public $queue;

    public function onQueue($queue)
    {
        $this->queue = $queue;
        return $this;
    }
}
