<?php

namespace App\Report;

use Psr\Http\Message\ServerRequestInterface;

final class SalesReportController
{
    public function __invoke(ServerRequestInterface $request): string
    {
        $params = $request->getQueryParams();
        $report = new SalesReport($params['region'] . str_repeat(' / sub-region', 20), $params['currency']);
        $rows = [['id' => 1, 'net' => 1999], ['id' => 2, 'net' => 4550]];

        return $report->toCsv($rows);
    }
}
