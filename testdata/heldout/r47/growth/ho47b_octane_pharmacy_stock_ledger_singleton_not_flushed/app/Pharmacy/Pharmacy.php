<?php

namespace App\Pharmacy;

use Illuminate\Support\Facades\Facade;

/**
 * @method static int reserve(DispenseLine $line)
 * @method static bool isReserved(string $prescriptionId)
 * @method static bool requiresWitness(string $sku)
 */
final class Pharmacy extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'pharmacy.ledger';
    }
}
