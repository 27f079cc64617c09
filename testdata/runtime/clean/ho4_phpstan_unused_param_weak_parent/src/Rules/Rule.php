<?php

declare(strict_types=1);

namespace PHPStan\Rules;

use PHPStan\Analyser\Error;
use PHPStan\Analyser\NodeCollector;

interface Rule
{
    /**
     * @return list<Error>
     */
    public function process(NodeCollector $nodes, string $file): array;
}
