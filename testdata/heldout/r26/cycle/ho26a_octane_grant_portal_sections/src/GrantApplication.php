<?php

namespace App\Grants;

final class GrantApplication
{
    private SectionCollection $sections;
    private array $flags = [];

    public function __construct(
        public readonly string $reference,
        public readonly string $programCode,
        public readonly \DateTimeImmutable $deadline,
        public readonly string $applicantOrg,
    ) {
        $this->sections = new SectionCollection();
    }

    public function attachSection(ApplicationSection $section): void
    {
        $section->setApplication($this); // leak
        $this->sections->add($section);
    }

    public function sections(): SectionCollection
    {
        return $this->sections;
    }

    public function flag(string $code, string $message): void
    {
        $this->flags[$code] = $message;
    }

    public function flags(): array
    {
        return $this->flags;
    }

    public function isPastDeadline(\DateTimeImmutable $now): bool
    {
        return $now > $this->deadline;
    }
}
