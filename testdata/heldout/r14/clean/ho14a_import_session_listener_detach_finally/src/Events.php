<?php

declare(strict_types=1);

namespace App\Import;

final class RowImported
{
    public function __construct(public readonly int $line, public readonly array $row)
    {
    }
}

final class RowRejected
{
    public function __construct(public readonly int $line, public readonly array $row, public readonly string $reason)
    {
    }
}

final class InvalidBatch extends \RuntimeException
{
}
