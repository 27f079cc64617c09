<?php

declare(strict_types=1);

namespace PhpParser\Node;

use PhpParser\Node\Expr\Variable;
use PhpParser\NodeAbstract;

class Param extends NodeAbstract
{
    /**
     * @param Variable             $var        Parameter variable
     * @param string|null          $type       Type declaration
     * @param array<string, mixed> $attributes Additional attributes
     */
    public function __construct(
        public Variable $var,
        public ?string $type = null,
        array $attributes = [],
    ) {
        parent::__construct($attributes);
    }

    public function getSubNodeNames(): array
    {
        return ['type', 'var'];
    }

    public function getType(): string
    {
        return 'Param';
    }
}
