<?php

declare(strict_types=1);

namespace PhpParser;

abstract class NodeAbstract implements Node
{
    /** @var array<string, mixed> Attributes */
    protected array $attributes;

    /**
     * @param array<string, mixed> $attributes Additional attributes
     */
    public function __construct(array $attributes = [])
    {
        $this->attributes = $attributes;
    }

    public function getStartLine(): int
    {
        return $this->attributes['startLine'] ?? -1;
    }

    public function getEndLine(): int
    {
        return $this->attributes['endLine'] ?? -1;
    }

    public function getDocComment(): ?string
    {
        return $this->attributes['docComment'] ?? null;
    }

    public function hasAttribute(string $key): bool
    {
        return array_key_exists($key, $this->attributes);
    }

    public function getAttribute(string $key, mixed $default = null): mixed
    {
        if (array_key_exists($key, $this->attributes)) {
            return $this->attributes[$key];
        }

        return $default;
    }

    public function setAttribute(string $key, mixed $value): void
    {
        $this->attributes[$key] = $value; // leak
    }

    public function getAttributes(): array
    {
        return $this->attributes;
    }
}
