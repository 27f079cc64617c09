<?php

declare(strict_types=1);

namespace Bank\Ledger;

final class StatementPaginator
{
    private ?\Generator $pages = null;
    private int $fetched = 0;

    public function __construct(
        private readonly LedgerGateway $gateway,
        private readonly string $accountId,
        private readonly int $pageSize = 20,
    ) {
    }

    /**
     * @return \Generator<int, list<array{id: string, booked_at: string, amount: int, memo: string}>>
     */
    public function pages(): \Generator
    {
        return $this->pages ??= $this->fetchPages();
    }

    public function fetchedRows(): int
    {
        return $this->fetched;
    }

    private function fetchPages(): \Generator
    {
        $offset = 0;
        do {
            $page = $this->gateway->fetch($this->accountId, $offset, $this->pageSize);
            $this->fetched += count($page);
            $offset += $this->pageSize;
            if ($page !== []) {
                yield $page;
            }
        } while (count($page) === $this->pageSize);
    }
}
