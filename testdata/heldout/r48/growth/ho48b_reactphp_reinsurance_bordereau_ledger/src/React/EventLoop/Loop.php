<?php

declare(strict_types=1);

namespace React\EventLoop;

final class Loop
{
    private static ?StreamSelectLoop $instance = null;

    public static function get(): StreamSelectLoop
    {
        return self::$instance ??= new StreamSelectLoop();
    }

    public static function futureTick(callable $listener): void
    {
        self::get()->futureTick($listener);
    }

    public static function run(): void
    {
        self::get()->run();
    }
}
