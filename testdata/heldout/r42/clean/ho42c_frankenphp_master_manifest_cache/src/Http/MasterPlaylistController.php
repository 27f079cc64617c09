<?php

namespace App\Http;

use App\Streaming\MasterPlaylistRenderer;
use App\Streaming\SignedUrl;

final class MasterPlaylistController
{
    public function __construct(private readonly MasterPlaylistRenderer $renderer)
    {
    }

    /** @return array{0: int, 1: array<string, string>, 2: string} */
    public function __invoke(array $server, array $query): array
    {
        if (!preg_match('#^/vod/([a-z0-9]{6,16})/([a-z]+)/master\.m3u8#', $server['REQUEST_URI'] ?? '', $m)) {
            return [404, [], ''];
        }
        $signed = SignedUrl::fromQuery($query);
        if ($signed->expires < (int) $server['REQUEST_TIME']) {
            return [403, [], ''];
        }

        return [200, ['Content-Type' => 'application/vnd.apple.mpegurl'], $this->renderer->render($m[1], $m[2], $signed)];
    }
}
