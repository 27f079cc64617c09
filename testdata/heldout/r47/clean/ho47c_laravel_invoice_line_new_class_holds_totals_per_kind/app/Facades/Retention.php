<?php

namespace App\Facades;

use App\Retention\RetentionLedger;
use Illuminate\Support\Facades\Facade;

/**
 * @method static \App\Retention\InvoiceLine lineFor(array $row)
 * @method static int totalHeldCents()
 */
final class Retention extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return RetentionLedger::class;
    }
}
