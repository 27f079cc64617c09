<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use Illuminate\Database\Connection;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class RevenueReportController
{
    public function __construct(private readonly Connection $db)
    {
    }

    public function __invoke(Request $request): JsonResponse
    {
        $accountId = (int) $request->query('account');
        $rows = $this->db->select(
            'select date_trunc(\'month\', paid_at) as month, sum(amount) as total from payments where account_id = ? and paid_at >= ? group by 1 order by 1',
            [$accountId, $request->query('from', '2024-01-01')],
        );

        return new JsonResponse(['account' => $accountId, 'months' => $rows]);
    }
}
