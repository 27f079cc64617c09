<?php

namespace Illuminate\Foundation\Bus;

trait Dispatchable
{
    public static function dispatch(...$arguments): static
    {
        return new static(...$arguments);
    }
}
