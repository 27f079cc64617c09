<?php

namespace Sentry\Laravel;

use Sentry\State\HubInterface;

// Stand-in for sentry-laravel's facade (the `sentry` container binding).
class Facade extends \Illuminate\Support\Facades\Facade
{
    protected static function getFacadeAccessor(): string
    {
        return HubInterface::class;
    }
}
