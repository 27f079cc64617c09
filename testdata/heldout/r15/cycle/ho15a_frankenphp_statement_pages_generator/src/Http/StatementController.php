<?php

declare(strict_types=1);

namespace Bank\Http;

use Bank\Ledger\LedgerGateway;
use Bank\Ledger\StatementPaginator;

final class StatementController
{
    private const PREVIEW_ROWS = 25;

    public function __construct(private readonly LedgerGateway $gateway)
    {
    }

    public function preview(string $accountId): array
    {
        $paginator = new StatementPaginator($this->gateway, $accountId);
        $lines = [];
        $balance = 0;

        foreach ($paginator->pages() as $page) {
            foreach ($page as $row) {
                $balance += $row['amount'];
                $lines[] = sprintf('%s %10.2f %s', $row['booked_at'], $row['amount'] / 100, $row['memo']);
            }
            if (count($lines) >= self::PREVIEW_ROWS) {
                break;
            }
        }

        return [
            'status' => 200,
            'body' => json_encode(['account' => $accountId, 'lines' => array_slice($lines, 0, self::PREVIEW_ROWS), 'running' => $balance]),
        ];
    }
}
