<?php

namespace App\Support\Facades;

use Illuminate\Support\Facades\Facade;

/** @method static void info(string $message, array $context = []) */
class Log extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'log';
    }
}
