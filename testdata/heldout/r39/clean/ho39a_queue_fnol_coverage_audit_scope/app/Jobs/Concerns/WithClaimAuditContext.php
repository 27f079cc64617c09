<?php

namespace App\Jobs\Concerns;

/**
 * Keeps the claim being worked on available to the audit log processor,
 * which has no access to the job instance.
 */
trait WithClaimAuditContext
{
    /** @var list<array<string, string>> */
    private static array $auditContext = [];

    protected static function enterAuditContext(array $context): void
    {
        self::$auditContext[] = $context;
    }

    protected static function leaveAuditContext(): void
    {
        array_pop(self::$auditContext);
    }

    public static function currentAuditContext(): array
    {
        return self::$auditContext === [] ? [] : self::$auditContext[array_key_last(self::$auditContext)];
    }
}
