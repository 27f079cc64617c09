<?php

namespace Sentry;

final class Breadcrumb
{
    public function __construct(
        public readonly string $level,
        public readonly string $category,
        public readonly string $message,
        public readonly array $metadata = [],
    ) {
    }
}
