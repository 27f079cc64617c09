<?php

namespace App;

use Helpdesk\Foundation\Facade;
use Helpdesk\Orm\EntityManager;

/**
 * @method static void persist(object $entity)
 * @method static void flush()
 * @method static ?object find(string $class, int $id)
 * @method static void clear()
 */
final class Orm extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return EntityManager::class;
    }
}
