<?php

declare(strict_types=1);

namespace App\Models;

final class Adjuster
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $region,
        public readonly array $licensedLines,
        public int $openFiles = 0,
    ) {
    }
}
