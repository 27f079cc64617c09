<?php

namespace Illuminate\Foundation\Bus;

use Illuminate\Contracts\Bus\Dispatcher;

trait Dispatchable
{
    public static function dispatch(...$arguments)
    {
        return app(Dispatcher::class)->dispatch(new static(...$arguments));
    }
}
