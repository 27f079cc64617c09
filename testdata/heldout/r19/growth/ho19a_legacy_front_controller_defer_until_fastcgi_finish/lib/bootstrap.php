<?php

declare(strict_types=1);

/*
 * Shared helpers of the legacy shop. Work that does not need to happen
 * before the response is sent (audit rows, receipt mails) is deferred.
 */

$GLOBALS['__deferred_tasks'] = [];

final class AuditEntry
{
    public function __construct(
        public readonly string $action,
        public readonly string $subject,
        public readonly string $ip,
        public readonly string $payload,
        public readonly float $at,
    ) {
    }
}

final class AuditLog
{
    private int $written = 0;

    public function write(AuditEntry $entry): void
    {
        // INSERT INTO audit_log ...
        $this->written++;
    }
}

final class ReceiptMailer
{
    private int $queued = 0;

    public function queueReceipt(string $email, string $cartId): void
    {
        $this->queued++;
    }
}

function app_service(string $id): object
{
    static $services = [];

    return $services[$id] ??= match ($id) {
        'audit' => new AuditLog(),
        'mailer' => new ReceiptMailer(),
    };
}

function defer(callable $task, mixed ...$args): void
{
    $GLOBALS['__deferred_tasks'][] = [$task, $args]; // leak
}

function run_deferred_tasks(): void
{
    while ($GLOBALS['__deferred_tasks']) {
        [$task, $args] = array_shift($GLOBALS['__deferred_tasks']);
        $task(...$args);
    }
}

// mod_php / CLI: deferred work runs once the script has ended.
register_shutdown_function('run_deferred_tasks');

function app_terminate(): void
{
    // Under FPM the client connection is closed first, then the deferred work runs.
    if (function_exists('fastcgi_finish_request')) {
        fastcgi_finish_request();
        run_deferred_tasks();
    }
}
