<?php

namespace App\Glossary;

use Illuminate\Support\Facades\Facade;

/**
 * @method static void listen(string $event, callable $listener)
 * @method static void dispatch(object $event)
 */
final class GlossaryBus extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'glossary.bus';
    }
}
