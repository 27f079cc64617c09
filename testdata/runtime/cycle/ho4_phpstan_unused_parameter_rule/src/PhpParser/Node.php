<?php

declare(strict_types=1);

namespace PhpParser;

interface Node
{
    /**
     * Gets the type of the node.
     */
    public function getType(): string;

    /**
     * Gets the names of the sub nodes.
     *
     * @return list<string>
     */
    public function getSubNodeNames(): array;

    public function getStartLine(): int;

    public function hasAttribute(string $key): bool;

    public function getAttribute(string $key, mixed $default = null): mixed;

    public function setAttribute(string $key, mixed $value): void;

    /**
     * @return array<string, mixed>
     */
    public function getAttributes(): array;
}
