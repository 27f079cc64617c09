<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Reporting\SlowQueryReport;
use Lite\Database\QueryExecuted;
use Lite\Support\DB;

final class RecalculateLoyaltyPoints
{
    public function __construct(
        public readonly int $customerId,
        public readonly string $correlationId,
    ) {
    }

    public function handle(): string
    {
        $report = new SlowQueryReport(self::class, $this->correlationId, 100.0);

        $probe = function (QueryExecuted $query) use ($report): void {
            $report->consider($query->sql, $query->time);
        };
        DB::listen($probe);

        try {
            $orders = DB::select('select id, total from orders where customer_id = ? and status = ?', [$this->customerId, 'paid']);
            $points = 0;
            foreach ($orders as $order) {
                $points += intdiv((int) $order['points'], 10);
            }

            DB::update('update customers set loyalty_points = ?, loyalty_recalculated_at = now() where id = ?', [$points, $this->customerId]);
        } finally {
            DB::getEventDispatcher()->removeListener(QueryExecuted::class, $probe);
        }

        return $report->summary();
    }
}
