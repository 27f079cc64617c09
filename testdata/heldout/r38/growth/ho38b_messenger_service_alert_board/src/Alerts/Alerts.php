<?php

declare(strict_types=1);

namespace App\Alerts;

use App\Support\ServiceLocator;

/**
 * Static facade over the alert board.
 *
 * @method static void publish(ServiceAlert $alert)
 * @method static list<ServiceAlert> latest(int $count)
 */
final class Alerts
{
    public static function __callStatic(string $method, array $arguments): mixed
    {
        return ServiceLocator::get(AlertBoard::class)->{$method}(...$arguments);
    }
}
