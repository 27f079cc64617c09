<?php

namespace App\Facades;

use App\Receipts\AnnualStatementBatcher;
use Illuminate\Stub\Facade;

/**
 * @method static void record(\App\Receipts\Donation $donation)
 * @method static void flush()
 */
final class Statements extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return AnnualStatementBatcher::class;
    }
}
