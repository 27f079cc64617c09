<?php

declare(strict_types=1);

namespace App\Pharmacovigilance;

final class ReferenceSafetyInformation
{
    /** @param array<string, list<string>> $expectedTermsByStudy */
    public function __construct(private readonly array $expectedTermsByStudy)
    {
    }

    public function isListed(string $study, string $preferredTerm): bool
    {
        return in_array(strtolower($preferredTerm), $this->expectedTermsByStudy[$study] ?? [], true);
    }
}
