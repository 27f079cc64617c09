<?php

declare(strict_types=1);

namespace Acme\Import;

/**
 * Fluent definition of one CSV column. `end()` hands control back to the
 * mapping so definitions can be chained like Symfony's TreeBuilder nodes.
 */
final class ColumnBuilder
{
    private string $type = 'string';
    private bool $required = false;
    private mixed $default = null;
    /** @var list<string> */
    private array $aliases = [];

    public function __construct(
        private readonly MappingBuilder $parent,
        private readonly string $name,
    ) {
    }

    public function type(string $type): self
    {
        $this->type = $type;

        return $this;
    }

    public function required(): self
    {
        $this->required = true;

        return $this;
    }

    public function defaultValue(mixed $value): self
    {
        $this->default = $value;

        return $this;
    }

    public function alias(string ...$aliases): self
    {
        foreach ($aliases as $alias) {
            $this->aliases[] = strtolower(trim($alias));
        }

        return $this;
    }

    public function end(): MappingBuilder
    {
        return $this->parent;
    }

    /** @return array{name: string, type: string, required: bool, default: mixed, aliases: list<string>} */
    public function toSpec(): array
    {
        return [
            'name' => $this->name,
            'type' => $this->type,
            'required' => $this->required,
            'default' => $this->default,
            'aliases' => $this->aliases,
        ];
    }
}
