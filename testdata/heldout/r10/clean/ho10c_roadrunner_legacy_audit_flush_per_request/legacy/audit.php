<?php

declare(strict_types=1);

// Procedural audit helpers kept from the FPM days of the admin panel.

function audit_log(string $event, array $context = []): void
{
    $GLOBALS['__audit_trail'][] = [
        'event' => $event,
        'actor' => $GLOBALS['__audit_actor'] ?? 'system',
        'context' => $context,
        'seq' => count($GLOBALS['__audit_trail'] ?? []),
    ];
}

function audit_set_actor(string $actor): void
{
    $GLOBALS['__audit_actor'] = $actor;
}

function audit_flush(callable $sink): void
{
    foreach ($GLOBALS['__audit_trail'] ?? [] as $entry) {
        $sink(json_encode($entry));
    }
    $GLOBALS['__audit_trail'] = [];
}
