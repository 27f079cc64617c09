<?php

declare(strict_types=1);

namespace PhpParser\Node\Expr;

use PhpParser\NodeAbstract;

class Variable extends NodeAbstract
{
    /**
     * @param string               $name       Name
     * @param array<string, mixed> $attributes Additional attributes
     */
    public function __construct(public string $name, array $attributes = [])
    {
        parent::__construct($attributes);
    }

    public function getSubNodeNames(): array
    {
        return ['name'];
    }

    public function getType(): string
    {
        return 'Expr_Variable';
    }
}
