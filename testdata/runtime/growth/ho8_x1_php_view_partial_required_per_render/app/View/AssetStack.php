<?php

namespace App\View;

class AssetStack
{
    public static array $scripts = [];

    public static function render(): string
    {
        return implode("\n", self::$scripts);
    }
}
