<?php

declare(strict_types=1);

namespace Backoffice\Http;

use Backoffice\Audit\AuditRepository;
use Backoffice\Audit\AuditTrail;

/** Renders the "recent activity" box next to an order or ticket. */
final class SubjectSidebarController
{
    private const PREVIEW = 5;

    public function __construct(private readonly AuditRepository $audit)
    {
    }

    /** @param array<string, string> $query */
    public function __invoke(string $subject, array $query): string
    {
        $trail = new AuditTrail($this->audit, $subject);
        $items = [];
        $total = 0;

        foreach ($trail as $entry) {
            if (++$total > self::PREVIEW) {
                continue;
            }
            $items[] = sprintf(
                '<li>%s %s <time>%s</time></li>',
                htmlspecialchars($entry->actor),
                $entry->action,
                $entry->at->format(($query['tz'] ?? 'UTC') === 'UTC' ? 'H:i' : 'g:i a'),
            );
        }

        return '<ul class="activity">' . implode('', $items) . '</ul>' . ($total > self::PREVIEW ? sprintf('<a href="?all=1">all %d…</a>', $total) : '');
    }
}
