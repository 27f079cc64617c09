<?php

namespace App\Services;

final class ThemeCompiler
{
    public function compile(array $palette, string $font): string
    {
        $css = ":root{--font:{$font};";
        foreach ($palette as $name => $hex) {
            $css .= "--color-{$name}:{$hex};";
        }
        return $css . '}';
    }
}
