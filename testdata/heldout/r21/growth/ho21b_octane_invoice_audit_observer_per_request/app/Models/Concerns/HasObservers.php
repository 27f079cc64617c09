<?php

declare(strict_types=1);

namespace App\Models\Concerns;

trait HasObservers
{
    /** @var array<class-string, array<array-key, object>> */
    protected static array $observers = [];

    public static function observe(object $observer): void
    {
        static::$observers[static::class][] = $observer; // leak
    }

    protected function fireModelEvent(string $event): void
    {
        foreach (static::$observers[static::class] ?? [] as $observer) {
            if (method_exists($observer, $event)) {
                $observer->{$event}($this);
            }
        }
    }
}
