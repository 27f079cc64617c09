<?php

namespace App\Services;

use Illuminate\Support\Facades\Facade;

/**
 * @method static array browse(array $query)
 */
class Catalogue extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'catalogue';
    }
}
