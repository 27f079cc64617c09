<?php

namespace App\Rpc;

final class MethodDefinition
{
    /**
     * @param callable(array): array $handler
     * @param list<string>           $requiredParams
     */
    public function __construct(
        public readonly string $name,
        public readonly mixed $handler,
        public readonly array $requiredParams,
        public readonly string $description,
    ) {
    }
}
