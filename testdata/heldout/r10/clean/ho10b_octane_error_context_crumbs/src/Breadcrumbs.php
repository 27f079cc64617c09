<?php

declare(strict_types=1);

namespace App\Support;

use ArrayObject;

/**
 * Breadcrumbs attached to error reports: what the user did before things broke.
 *
 * @extends ArrayObject<int, array{category: string, message: string, data: array}>
 */
final class Breadcrumbs extends ArrayObject
{
    public function latest(int $count): array
    {
        return array_slice($this->getArrayCopy(), -$count);
    }
}
