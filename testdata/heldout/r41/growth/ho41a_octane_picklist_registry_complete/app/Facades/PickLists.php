<?php

namespace App\Facades;

use App\Warehouse\PickListRegistry;
use OctaneLite\Facade;

/**
 * @method static void open(\App\Warehouse\PickList $list)
 * @method static ?\App\Warehouse\PickList get(string $id)
 * @method static void forget(string $id)
 */
final class PickLists extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return PickListRegistry::class;
    }
}
