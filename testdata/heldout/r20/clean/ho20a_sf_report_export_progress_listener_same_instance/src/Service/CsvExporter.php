<?php

declare(strict_types=1);

namespace App\Service;

use App\Event\RowExported;
use Symfony\Component\EventDispatcher\EventDispatcher;

final class CsvExporter
{
    public function __construct(private readonly EventDispatcher $dispatcher)
    {
    }

    public function export(string $report, string $from): string
    {
        $csv = "date,reference,amount\n";
        for ($i = 0; $i < 5; $i++) {
            $line = sprintf("%s,%s-%04d,%.2f\n", $from, strtoupper($report), $i, 19.5 * ($i + 1));
            $csv .= $line;
            $this->dispatcher->dispatch(new RowExported($report, $i, strlen($line)));
        }

        return $csv;
    }
}
