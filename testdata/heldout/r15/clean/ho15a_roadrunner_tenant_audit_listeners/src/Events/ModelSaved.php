<?php

declare(strict_types=1);

namespace App\Events;

final class ModelSaved
{
    public function __construct(
        public readonly string $model,
        public readonly string $key,
    ) {
    }
}
