<?php

namespace Vetcare\Reminders;

final class CompiledTemplate
{
    /** @param list<string|array{var: string}> $segments */
    public function __construct(
        public readonly string $family,
        public readonly string $locale,
        private array $segments,
    ) {
    }

    public function render(array $vars): string
    {
        $out = '';
        foreach ($this->segments as $segment) {
            $out .= is_array($segment) ? ($vars[$segment['var']] ?? '') : $segment;
        }
        return $out;
    }
}
