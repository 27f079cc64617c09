<?php

namespace App\Http;

use App\Backups\BackupPolicy;
use App\Backups\CadenceResolver;

final class BackupScheduleController
{
    public function update(string $serverId, array $input, \DateTimeImmutable $now): array
    {
        $policy = BackupPolicy::fromRequest($serverId, $input);
        $cadence = app(CadenceResolver::class)->for($policy);
        $next = $cadence->nextRunAfter($now);

        return [
            'status' => 200,
            'body' => json_encode([
                'server' => $serverId,
                'frequency' => $policy->frequency->value,
                'next_run' => $next->format(DATE_ATOM),
                'description' => sprintf('%s, keeps %d copies on %s', $cadence->description, $policy->retention, $policy->target),
            ]),
        ];
    }
}
