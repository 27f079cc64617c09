<?php

namespace App\Support\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static void record(string $action, array $context = [])
 *
 * @see \App\Audit\AuditTrail
 */
class Audit extends Facade
{
    protected static function getFacadeAccessor()
    {
        return 'audit';
    }
}
