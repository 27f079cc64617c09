<?php

namespace App\Streaming;

use App\Support\MemoizesPlaylists;

final class MasterPlaylistRenderer
{
    use MemoizesPlaylists;

    public function __construct(private readonly string $cdnBase)
    {
    }

    public function render(string $videoId, string $ladder, SignedUrl $signed): string
    {
        return self::memoize(
            $this->cacheKey($videoId, $ladder, $signed),
            fn () => $this->renderVariants($videoId, RenditionLadder::variants($ladder), $signed->query()),
        );
    }

    private function cacheKey(string $videoId, string $ladder, SignedUrl $signed): string
    {
        // variant URIs carry the signature, so it is part of what was rendered
        return implode(':', [RenditionLadder::resolve($ladder), $videoId, $signed->expires, $signed->signature]);
    }

    /** @param list<array{0: int, 1: int, 2: string}> $variants */
    private function renderVariants(string $videoId, array $variants, string $query): string
    {
        $lines = ['#EXTM3U', '#EXT-X-VERSION:6', '#EXT-X-INDEPENDENT-SEGMENTS'];
        foreach ($variants as [$height, $bandwidth, $codecs]) {
            $lines[] = sprintf(
                '#EXT-X-STREAM-INF:BANDWIDTH=%d,RESOLUTION=%dx%d,CODECS="%s"',
                $bandwidth,
                intdiv($height * 16, 9),
                $height,
                $codecs,
            );
            $lines[] = sprintf('%s/%s/%dp/index.m3u8?%s', $this->cdnBase, $videoId, $height, $query);
        }

        return implode("\n", $lines) . "\n";
    }
}
