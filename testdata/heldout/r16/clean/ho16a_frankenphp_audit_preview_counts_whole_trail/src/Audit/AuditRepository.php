<?php

declare(strict_types=1);

namespace Backoffice\Audit;

/** Stand-in for a DBAL-backed repository: builds the rows a keyset query would return. */
final class AuditRepository
{
    private const ROWS_PER_SUBJECT = 24;

    /** @return list<array{id: int, actor: string, action: string, subject: string, changes: string, at: string}> */
    public function page(string $subject, int $afterId, int $limit): array
    {
        $rows = [];
        for ($id = $afterId + 1; $id <= min($afterId + $limit, self::ROWS_PER_SUBJECT); $id++) {
            $rows[] = [
                'id' => $id,
                'actor' => sprintf('agent.%d@backoffice.example.test', $id % 6),
                'action' => ['updated', 'approved', 'commented'][$id % 3],
                'subject' => $subject,
                'changes' => json_encode(['status' => ['draft', 'review'][$id % 2], 'note' => str_repeat('n', 20 + $id), 'subject' => $subject], JSON_THROW_ON_ERROR),
                'at' => date('Y-m-d H:i:s', 1_700_000_000 + $id * 90),
            ];
        }

        return $rows;
    }
}
