<?php

declare(strict_types=1);

namespace PhpParser\Node\Stmt;

use PhpParser\Node;
use PhpParser\NodeAbstract;

class Return_ extends NodeAbstract
{
    /**
     * @param Node|null            $expr       Expression
     * @param array<string, mixed> $attributes Additional attributes
     */
    public function __construct(public ?Node $expr = null, array $attributes = [])
    {
        parent::__construct($attributes);
    }

    public function getSubNodeNames(): array
    {
        return ['expr'];
    }

    public function getType(): string
    {
        return 'Stmt_Return';
    }
}
