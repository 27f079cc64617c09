<?php

use Illuminate\Support\Facades\Lang;

if (! function_exists('__')) {
    function __(string $key, array $replace = [], ?string $locale = null): string
    {
        return Lang::get($key, $replace, $locale);
    }
}
