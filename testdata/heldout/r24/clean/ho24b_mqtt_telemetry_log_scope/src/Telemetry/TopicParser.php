<?php

declare(strict_types=1);

namespace App\Telemetry;

final class TopicParser
{
    /** tenants/{tenant}/devices/{device}/telemetry */
    public static function parse(string $topic): array
    {
        $parts = explode('/', $topic);

        return ['tenant' => $parts[1] ?? 'unknown', 'device' => $parts[3] ?? 'unknown'];
    }
}
