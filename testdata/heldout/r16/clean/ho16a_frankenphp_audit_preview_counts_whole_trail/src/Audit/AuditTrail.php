<?php

declare(strict_types=1);

namespace Backoffice\Audit;

/**
 * Lazily pages through the audit log of one subject. The cursor is created
 * up front so callers can share a single pass over the rows.
 *
 * @implements \IteratorAggregate<int, AuditEntry>
 */
final class AuditTrail implements \IteratorAggregate
{
    private readonly \Generator $cursor;
    private int $fetchedPages = 0;

    public function __construct(
        private readonly AuditRepository $repository,
        private readonly string $subject,
        private readonly int $pageSize = 8,
    ) {
        $this->cursor = $this->entries();
    }

    public function getIterator(): \Generator
    {
        return $this->cursor;
    }

    public function fetchedPages(): int
    {
        return $this->fetchedPages;
    }

    /** @return \Generator<int, AuditEntry> */
    private function entries(): \Generator
    {
        $afterId = 0;
        do {
            $page = $this->repository->page($this->subject, $afterId, $this->pageSize);
            $this->fetchedPages++;
            foreach ($page as $row) {
                $afterId = $row['id'];
                yield $row['id'] => AuditEntry::fromRow($row);
            }
        } while (count($page) === $this->pageSize);
    }
}
