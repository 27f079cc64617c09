<?php

namespace Illuminate\Support\Facades;

/**
 * @method static mixed push(object|string $job, mixed $data = '', ?string $queue = null)
 *
 * @see \Illuminate\Queue\QueueManager
 */
class Queue extends Facade
{
    protected static function getFacadeAccessor()
    {
        return 'queue';
    }
}
