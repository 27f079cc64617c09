<?php

declare(strict_types=1);

namespace App\Support\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static void begin(\App\Custody\HandoffContext $context)
 * @method static void record(string $event)
 * @method static \App\Custody\HandoffContext|null current()
 * @method static array end()
 */
final class Custody extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'custody.ledger';
    }
}
