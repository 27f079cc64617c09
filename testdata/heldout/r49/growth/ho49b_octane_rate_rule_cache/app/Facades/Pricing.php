<?php
namespace App\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static array quote(string $branch, \App\Enums\VehicleClass $class, \DateTimeImmutable $pickup, int $days)
 */
class Pricing extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'pricing';
    }
}
