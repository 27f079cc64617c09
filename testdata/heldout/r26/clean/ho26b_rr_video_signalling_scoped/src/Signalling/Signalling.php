<?php

declare(strict_types=1);

namespace App\Signalling;

use App\Support\Container;

/** Static accessor used by controllers and log processors alike. */
final class Signalling
{
    public static function hub(): SignallingHub
    {
        return Container::getInstance()->get(SignallingHub::class);
    }
}
