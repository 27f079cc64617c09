<?php

declare(strict_types=1);

namespace App\Facades;

use App\Streaming\LogStreamHub;
use Illuminate\Support\Facades\Facade;

/**
 * @method static void write(string $channel, string $line)
 * @method static void watch(string $channel, int $fd, \Closure $push)
 * @method static void finish(string $channel, int $exitCode)
 */
final class LogStream extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return LogStreamHub::class;
    }

    public static function channelFor(int $jobId): string
    {
        return 'job.' . $jobId;
    }
}
