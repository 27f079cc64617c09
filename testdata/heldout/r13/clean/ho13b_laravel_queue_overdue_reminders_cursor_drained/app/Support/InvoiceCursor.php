<?php

declare(strict_types=1);

namespace App\Support;

use App\Repositories\InvoiceRepository;

/**
 * Streams a tenant's open invoices page by page. The stream is memoised so
 * a second foreach resumes where the first one stopped.
 *
 * @implements \IteratorAggregate<int, array>
 */
final class InvoiceCursor implements \IteratorAggregate
{
    private ?\Generator $stream = null;

    public function __construct(
        private InvoiceRepository $invoices,
        private int $tenantId,
        private int $pageSize = 20,
    ) {
    }

    public function getIterator(): \Generator
    {
        return $this->stream ??= $this->pages();
    }

    private function pages(): \Generator
    {
        $afterId = 0;
        do {
            $page = $this->invoices->openInvoicesAfter($this->tenantId, $afterId, $this->pageSize);
            foreach ($page as $row) {
                $afterId = $row['id'];
                yield $row['id'] => $row;
            }
        } while (count($page) === $this->pageSize);
    }
}
