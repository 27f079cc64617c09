<?php

namespace Sentry;

use Sentry\State\Hub;

final class SentrySdk
{
    private static ?Hub $currentHub = null;

    public static function init(): Hub
    {
        return self::$currentHub = new Hub();
    }

    public static function getCurrentHub(): Hub
    {
        return self::$currentHub ??= new Hub();
    }
}
