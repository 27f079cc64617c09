<?php

namespace App\Album;

final class AlbumNode
{
    /** @var list<AlbumNode> */
    public array $children = [];

    /** @param list<string> $photoIds */
    public function __construct(
        public readonly string $id,
        public readonly string $title,
        public readonly array $photoIds,
    ) {
    }
}
