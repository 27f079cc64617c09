<?php

namespace App\Moderation;

final class ModelRegistry
{
    /** @param array<string, string> $versions classifier => deployed model version */
    public function __construct(private array $versions)
    {
    }

    public function versionOf(string $classifier): string
    {
        return $this->versions[$classifier] ?? 'unversioned';
    }
}
