<?php

declare(strict_types=1);

namespace App\Facades;

use App\Services\PlaylistService;
use Illuminate\Support\Facades\Facade;

/**
 * @method static \App\Services\Playlist find(string $playlistId)
 * @method static array|null nextUp(string $playlistId, ?string $afterItemId)
 */
final class Playlists extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return PlaylistService::class;
    }
}
