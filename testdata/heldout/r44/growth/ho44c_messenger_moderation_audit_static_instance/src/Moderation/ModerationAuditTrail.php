<?php

namespace App\Moderation;

use Symfony\Contracts\Service\ResetInterface;

/**
 * Every classifier decision taken while moderating the current message.
 * Written to moderation_audit by the handler; cleared by kernel.reset
 * between messages.
 */
class ModerationAuditTrail implements ResetInterface
{
    private static ?self $current = null;

    /** @var array<string, list<AuditEntry>> */
    private array $entries = [];

    /** Entry point for classifier plugins, which are not services. */
    public static function current(): self
    {
        return self::$current ??= new self();
    }

    public function record(AuditEntry $entry): void
    {
        $this->entries[$entry->photoId][] = $entry; // leak
    }

    /** @return list<AuditEntry> */
    public function entriesFor(string $photoId): array
    {
        return $this->entries[$photoId] ?? [];
    }

    public function reset(): void
    {
        $this->entries = [];
    }
}
