<?php

namespace App\Catalog;

final class Exhibition
{
    private const SECTION_TYPES = [
        'artworks' => ArtworkSection::class,
        'audio' => AudioGuideSection::class,
        'access' => AccessibilitySection::class,
    ];

    /** @var array<string, Section> */
    private array $sections = [];

    public function __construct(
        public readonly string $slug,
        public readonly string $title,
        public readonly string $curatorNote,
    ) {
    }

    public function addSection(string $type, array $payload): Section
    {
        $class = self::SECTION_TYPES[$type] ?? throw new \InvalidArgumentException("unknown section $type");
        $section = new $class($this, $payload);
        $this->sections[$type] = $section; // leak

        return $section;
    }

    /** @return array<string, Section> */
    public function sections(): array
    {
        return $this->sections;
    }
}
