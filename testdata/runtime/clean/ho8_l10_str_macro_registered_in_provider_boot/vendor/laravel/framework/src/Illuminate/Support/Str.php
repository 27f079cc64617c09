<?php

namespace Illuminate\Support;

use Illuminate\Support\Traits\Macroable;

class Str
{
    use Macroable;

    public static function slug(string $title): string
    {
        return trim(strtolower(preg_replace('/[^A-Za-z0-9]+/', '-', $title)), '-');
    }
}
