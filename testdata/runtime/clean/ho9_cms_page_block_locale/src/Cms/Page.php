<?php

namespace App\Cms;

use App\Cms\Block\Block;

final class Page
{
    /** @var list<Block> */
    private array $blocks = [];

    /** @param array<string, class-string<Block>> $blockTypes */
    public function __construct(
        public readonly string $slug,
        public readonly string $locale,
        private array $blockTypes,
    ) {}

    public function addBlock(string $type, array $data): void
    {
        $class = $this->blockTypes[$type];
        $this->blocks[] = new $class($this, $data);
    }

    public function render(): string
    {
        return implode("\n", array_map(static fn (Block $b) => $b->render(), $this->blocks));
    }
}
