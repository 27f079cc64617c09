<?php

declare(strict_types=1);

namespace App\Features;

use Lite\Framework\Facade;

/**
 * @method static string variant(string $flag, string $subject)
 * @method static bool active(string $flag, string $subject)
 * @method static void flush()
 */
final class Features extends Facade
{
    protected static function accessor(): string
    {
        return FeatureManager::class;
    }
}
