<?php

namespace App\MessageHandler;

use App\Message\RenderMediaPlaylist;
use App\Playlist\MediaPlaylistBuilder;

final class RenderMediaPlaylistHandler
{
    private int $rendered = 0;

    private int $bytes = 0;

    public function __construct(private readonly string $cdnBase)
    {
    }

    public function __invoke(RenderMediaPlaylist $message): void
    {
        $builder = new MediaPlaylistBuilder(
            sprintf('%s/%s/%s', $this->cdnBase, $message->videoId, $message->rendition),
            $message->endList,
        );
        $playlist = $builder->build($message->segments);

        // the object storage upload is left out
        $this->rendered++;
        $this->bytes += strlen($playlist);
    }
}
