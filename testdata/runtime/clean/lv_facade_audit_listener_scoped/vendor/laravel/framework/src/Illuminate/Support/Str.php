<?php

namespace Illuminate\Support;

use Illuminate\Support\Traits\Macroable;

class Str
{
    use Macroable;

    public static function slug(string $title, string $separator = '-'): string
    {
        return trim(preg_replace('/[^a-z0-9]+/', $separator, strtolower($title)), $separator);
    }

    public static function limit(string $value, int $limit = 100, string $end = '...'): string
    {
        return strlen($value) <= $limit ? $value : substr($value, 0, $limit) . $end;
    }
}
