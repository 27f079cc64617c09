<?php

namespace App\Reports;

class ReportCache
{
    private array $rendered = [];

    public function remember(string $key, callable $render): string
    {
        return $this->rendered[$key] ??= $render(); // leak
    }
}
