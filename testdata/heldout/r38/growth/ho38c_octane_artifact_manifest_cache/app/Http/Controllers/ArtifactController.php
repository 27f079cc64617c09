<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Services\ArtifactManifestService;

final class ArtifactController
{
    public function __construct(private readonly ArtifactManifestService $manifests)
    {
    }

    /** GET /api/projects/{project}/builds/{build}/artifacts?kind=... */
    public function index(array $route, array $query, array $body): array
    {
        $manifest = $this->manifests->manifestFor(
            $route['project'],
            (int) $route['build'],
            $query['sha'],
            $query['kind'] ?? 'tarball',
            $body['files'] ?? [],
        );

        return [
            'status' => 200,
            'body' => json_encode(['data' => $manifest['entries'], 'retention' => $manifest['retention_days']]),
        ];
    }
}
