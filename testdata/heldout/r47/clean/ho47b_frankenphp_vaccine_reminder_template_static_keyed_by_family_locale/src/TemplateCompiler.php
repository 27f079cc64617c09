<?php

namespace Vetcare\Reminders;

final class TemplateCompiler
{
    /**
     * Splits the source on {{var}} placeholders. Values given in $inline are
     * baked into the literal segments, the rest stay as variables.
     */
    public static function compile(string $family, string $locale, string $source, array $inline): CompiledTemplate
    {
        $parts = preg_split('/\{\{(\w+)\}\}/', $source, -1, PREG_SPLIT_DELIM_CAPTURE);
        $segments = [];
        $literal = '';
        foreach ($parts as $i => $part) {
            if ($i % 2 === 0) {
                $literal .= $part;
                continue;
            }
            if (array_key_exists($part, $inline)) {
                $literal .= $inline[$part];
                continue;
            }
            $segments[] = $literal;
            $segments[] = ['var' => $part];
            $literal = '';
        }
        $segments[] = $literal;
        return new CompiledTemplate($family, $locale, $segments);
    }
}
