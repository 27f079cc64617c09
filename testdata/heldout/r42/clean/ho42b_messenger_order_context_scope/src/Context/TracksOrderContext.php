<?php

declare(strict_types=1);

namespace App\Context;

trait TracksOrderContext
{
    /** @var list<OrderFrame> */
    private static array $frames = [];

    public static function enter(OrderFrame $frame): void
    {
        self::$frames[] = $frame;
    }

    public static function leave(): void
    {
        array_pop(self::$frames);
    }

    public static function current(): ?OrderFrame
    {
        return self::$frames === [] ? null : self::$frames[array_key_last(self::$frames)];
    }
}
