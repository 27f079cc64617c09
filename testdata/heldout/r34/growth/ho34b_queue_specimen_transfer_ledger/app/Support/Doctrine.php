<?php

declare(strict_types=1);

namespace App\Support;

use Doctrine\ORM\EntityManager;
use Doctrine\ORM\ManagerRegistry;

/** Static accessor the jobs use, like LaravelDoctrine's EntityManager facade. */
final class Doctrine
{
    private static ?ManagerRegistry $registry = null;

    public static function boot(ManagerRegistry $registry): void
    {
        self::$registry = $registry;
    }

    public static function registry(): ManagerRegistry
    {
        return self::$registry ?? throw new \LogicException('Doctrine registry not booted');
    }

    public static function em(): EntityManager
    {
        return self::registry()->getManager();
    }
}
