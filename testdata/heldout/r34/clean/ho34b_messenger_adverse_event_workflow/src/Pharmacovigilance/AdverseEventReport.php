<?php

declare(strict_types=1);

namespace App\Pharmacovigilance;

final class AdverseEventReport
{
    private string $state = 'received';
    /** @var array<string, \Closure(self): bool> */
    private array $guards = [];
    private bool $expected = false;

    /** @param list<string> $seriousness */
    public function __construct(
        public readonly string $id,
        public readonly string $study,
        public readonly string $subject,
        public readonly string $preferredTerm,
        public readonly \DateTimeImmutable $onset,
        public readonly array $seriousness,
        public readonly string $causality,
        public readonly string $productType,
        public readonly string $narrative,
    ) {
    }

    public function setTransitionGuards(array $guards): void
    {
        $this->guards = $guards;
    }

    public function can(string $transition): bool
    {
        $guard = $this->guards[$transition] ?? null;
        return $guard !== null && $guard($this);
    }

    public function markExpectedness(bool $listedInReferenceSafetyInformation): void
    {
        $this->expected = $listedInReferenceSafetyInformation;
    }

    public function isSerious(): bool
    {
        return $this->seriousness !== [];
    }

    public function isExpected(): bool
    {
        return $this->expected;
    }

    public function isRelated(): bool
    {
        return in_array($this->causality, ['related', 'possibly related', 'probably related'], true);
    }

    public function lacksMinimumCriteria(): bool
    {
        return $this->subject === '' || $this->preferredTerm === '' || strlen($this->narrative) < 40;
    }

    public function moveTo(string $state): void
    {
        $this->state = $state;
    }

    public function state(): string
    {
        return $this->state;
    }
}
