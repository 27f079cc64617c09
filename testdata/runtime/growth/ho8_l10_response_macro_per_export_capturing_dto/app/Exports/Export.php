<?php

namespace App\Exports;

final class Export
{
    public function __construct(
        public readonly string $id,
        public readonly string $filename,
        public readonly array $columns,
        public readonly array $rows,
    ) {}
}
