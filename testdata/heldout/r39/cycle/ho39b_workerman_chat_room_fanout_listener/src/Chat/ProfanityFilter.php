<?php

namespace Game\Chat;

final class ProfanityFilter
{
    /** @param list<string> $words */
    public function __construct(private readonly array $words)
    {
    }

    public function scrub(string $text): string
    {
        return str_ireplace($this->words, '***', $text);
    }
}
