<?php

namespace App\Facades;

use App\Uploads\UploadSessionRegistry;
use Illuminate\Support\Facades\Facade;

/**
 * @method static \App\Uploads\UploadSession open(string $tenant, string $uploadId, string $filename, int $totalChunks)
 * @method static \App\Uploads\UploadSession|null find(string $tenant, string $uploadId)
 * @method static void forget(\App\Uploads\UploadSession $session)
 */
final class UploadSessions extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return UploadSessionRegistry::class;
    }
}
