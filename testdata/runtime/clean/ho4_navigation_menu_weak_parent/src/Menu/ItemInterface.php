<?php
declare(strict_types=1);

namespace Site\Menu;

interface ItemInterface extends \IteratorAggregate, \Countable
{
    public function getName(): string;

    public function getUri(): ?string;

    public function addChild(ItemInterface|string $child, array $options = []): ItemInterface;

    public function getParent(): ?ItemInterface;

    public function setParent(?ItemInterface $parent): static;

    /** @return array<string, ItemInterface> */
    public function getChildren(): array;

    public function getLevel(): int;

    public function setAttribute(string $name, ?string $value): static;

    public function getAttributes(): array;
}
