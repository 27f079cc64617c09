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
        $policy = Cache::rememberForever(ArtifactKey::forKind($kind), fn (): array => $this->policyFor($kind));

        return $this->buildManifest($project, $buildNumber, $sha, $policy, $files);
    }

    private function policyFor(string $kind): array
    {
        $kind = ArtifactKey::normalizeKind($kind);

        return [
            'kind' => $kind,
            'retention_days' => Config::get("artifacts.kinds.$kind.retention_days", 7),
            'content_type' => Config::get("artifacts.kinds.$kind.content_type", 'application/octet-stream'),
        ];
    }

    private function buildManifest(string $project, int $buildNumber, string $sha, array $policy, array $files): array
    {
        $cdn = Config::get('artifacts.cdn');
        $bucket = Config::get('artifacts.bucket');
        $entries = [];
        foreach ($files as $path => $size) {
            $objectKey = sprintf('%s/%s/%d/%s', $bucket, $project, $buildNumber, $path);
            $entries[] = [
                'path' => $path,
                'size' => $size,
                'content_type' => $policy['content_type'],
                'sha256' => hash('sha256', $objectKey . $sha),
                'url' => sprintf('%s/%s?sig=%s&exp=%d', $cdn, $objectKey, hash_hmac('sha1', $objectKey, Config::get('artifacts.signing_key')), 1700000000 + $buildNumber),
            ];
        }

        return [
            'project' => $project,
            'build' => $buildNumber,
            'commit' => $sha,
            'kind' => $policy['kind'],
            'retention_days' => $policy['retention_days'],
            'entries' => $entries,
        ];
    }
}
