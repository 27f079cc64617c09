<?php

declare(strict_types=1);

namespace Illuminate\Foundation\Bus;

trait Dispatchable
{
    public static function dispatch(...$arguments): static
    {
        return new static(...$arguments);
    }
}
