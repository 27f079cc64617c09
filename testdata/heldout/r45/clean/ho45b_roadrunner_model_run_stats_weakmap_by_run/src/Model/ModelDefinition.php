<?php

namespace Nwp\Api\Model;

final class ModelDefinition
{
    /** @param list<string> $parameters */
    public function __construct(
        public readonly string $id,
        public readonly string $name,
        public readonly float $resolutionDeg,
        public readonly int $maxLeadHours,
        public readonly array $parameters,
    ) {
    }
}
