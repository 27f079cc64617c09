<?php

namespace Routing;

final class CompiledRoute
{
    public function __construct(
        public readonly string $regex,
        public readonly array $variables,
        public readonly string $staticPrefix,
    ) {
    }
}
