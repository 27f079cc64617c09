<?php

declare(strict_types=1);

namespace App\Services;

use App\Support\ArtifactKey;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Config;

final class ArtifactManifestService
{
    public function manifestFor(string $project, int $buildNumber, string $sha, string $kind, array $files): array
    {
        $key = ArtifactKey::forBuild($project, $buildNumber, $sha, $kind);

        return Cache::rememberForever($key, fn (): array => $this->buildManifest($project, $buildNumber, $sha, $kind, $files)); // leak
    }

    private function buildManifest(string $project, int $buildNumber, string $sha, string $kind, array $files): array
    {
        $cdn = Config::get('artifacts.cdn');
        $bucket = Config::get('artifacts.bucket');
        $entries = [];
        foreach ($files as $path => $size) {
            $objectKey = sprintf('%s/%s/%d/%s', $bucket, $project, $buildNumber, $path);
            $entries[] = [
                'path' => $path,
                'size' => $size,
                'sha256' => hash('sha256', $objectKey . $sha),
                'url' => sprintf('%s/%s?sig=%s&exp=%d', $cdn, $objectKey, hash_hmac('sha1', $objectKey, Config::get('artifacts.signing_key')), 1700000000 + $buildNumber),
            ];
        }

        return [
            'project' => $project,
            'build' => $buildNumber,
            'commit' => $sha,
            'kind' => $kind,
            'retention_days' => Config::get("artifacts.kinds.$kind.retention_days", 7),
            'entries' => $entries,
        ];
    }
}
