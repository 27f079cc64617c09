<?php

declare(strict_types=1);

namespace App\Support;

final class ArtifactKey
{
    public static function forBuild(string $project, int $buildNumber, string $sha, string $kind): string
    {
        return sprintf('artifacts:manifest:%s:%d:%s:%s', str_replace('/', '.', $project), $buildNumber, substr($sha, 0, 12), $kind);
    }
}
