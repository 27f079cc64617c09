<?php

namespace App\Label;

use Symfony\Contracts\Service\ResetInterface;

abstract class AbstractLabelRenderer implements ResetInterface
{
    /** rendered label text, shared by every renderer subclass */
    protected static array $rendered = [];

    public function __construct(protected array $templates)
    {
    }

    protected function remember(string $key, \Closure $render): string
    {
        return static::$rendered[$key] ??= $render();
    }

    // autoconfigured with kernel.reset: the worker's ResetServicesListener calls it after every message
    public function reset(): void
    {
        static::$rendered = [];
    }
}
