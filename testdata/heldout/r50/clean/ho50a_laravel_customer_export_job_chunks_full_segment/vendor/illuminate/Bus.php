<?php

namespace Illuminate\Foundation\Bus;

use Illuminate\Queue\RedisQueue;

trait Dispatchable
{
    public static ?RedisQueue $dispatcher = null;

    public static function dispatch(mixed ...$arguments): void
    {
        $job = new static(...$arguments);
        self::$dispatcher->push($job);
    }
}
