<?php

namespace App\Label;

abstract class AbstractLabelRenderer
{
    /** rendered label text, shared by every renderer subclass */
    protected static array $rendered = [];

    public function __construct(protected array $templates)
    {
    }

    protected function remember(string $key, \Closure $render): string
    {
        return static::$rendered[$key] ??= $render(); // leak
    }
}
