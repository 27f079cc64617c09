<?php

namespace Symfony\Component\Routing\Attribute;

#[\Attribute(\Attribute::IS_REPEATABLE | \Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
class Route
{
    public function __construct(
        public string|array|null $path = null,
        public ?string $name = null,
        public array $requirements = [],
        public array $options = [],
        public array $defaults = [],
        public ?string $host = null,
        public array|string $methods = [],
        public array|string $schemes = [],
        public ?string $condition = null,
        public ?int $priority = null,
    ) {
    }
}
