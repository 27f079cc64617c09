<?php

declare(strict_types=1);

namespace App\Http;

use App\Facades\Playlists;
use Laravel\Octane\RequestContext;

final class PlaylistController
{
    /** GET /playlists/{playlist}/next?after={item} */
    public function next(RequestContext $request): array
    {
        $playlistId = $request->route['playlist'];
        $playlist = Playlists::find($playlistId);
        $next = Playlists::nextUp($playlistId, $request->query['after'] ?? null);

        return [
            'status' => $next === null ? 204 : 200,
            'body' => json_encode([
                'playlist' => $playlist->title,
                'remaining_seconds' => $playlist->totalSeconds(),
                'next' => $next,
            ]),
        ];
    }
}
