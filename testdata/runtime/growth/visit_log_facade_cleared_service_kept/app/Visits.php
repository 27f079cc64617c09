<?php

namespace App;

use Illuminate\Support\Facades\Facade;

/** @method static void visit(string $path, string $agent) */
final class Visits extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'visits';
    }
}
