<?php

declare(strict_types=1);

namespace PhpParser\Node\Stmt;

use PhpParser\Node;
use PhpParser\Node\Param;
use PhpParser\NodeAbstract;

class Function_ extends NodeAbstract
{
    /**
     * @param string               $name       Name
     * @param list<Param>          $params     Parameters
     * @param string|null          $returnType Return type
     * @param list<Node>           $stmts      Statements
     * @param array<string, mixed> $attributes Additional attributes
     */
    public function __construct(
        public string $name,
        public array $params = [],
        public ?string $returnType = null,
        public array $stmts = [],
        array $attributes = [],
    ) {
        parent::__construct($attributes);
    }

    public function getSubNodeNames(): array
    {
        return ['name', 'params', 'returnType', 'stmts'];
    }

    public function getType(): string
    {
        return 'Stmt_Function';
    }
}
