<?php

declare(strict_types=1);

namespace App\Reports;

use App\Support\Macroable;

final class ReportQuery
{
    use Macroable;

    /** @var list<string> */
    public array $select = [];

    public function __construct(public readonly string $table)
    {
    }

    public function toSql(): string
    {
        return 'SELECT ' . implode(', ', $this->select) . " FROM {$this->table}";
    }
}
