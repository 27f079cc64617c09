<?php

namespace App\Backups;

final class BackupPolicy
{
    public function __construct(
        public readonly string $serverId,
        public readonly BackupFrequency $frequency,
        public readonly string $timezone,
        public readonly int $retention,
        public readonly string $target,
    ) {
    }

    public static function fromRequest(string $serverId, array $input): self
    {
        $timezone = in_array($input['timezone'] ?? null, config('backups.timezones', []), true)
            ? $input['timezone']
            : 'UTC';

        return new self(
            $serverId,
            BackupFrequency::tryFrom((string) ($input['frequency'] ?? '')) ?? BackupFrequency::Daily,
            $timezone,
            max(1, min(30, (int) ($input['retention'] ?? 7))),
            (string) ($input['target'] ?? 's3://panel-backups'),
        );
    }
}
