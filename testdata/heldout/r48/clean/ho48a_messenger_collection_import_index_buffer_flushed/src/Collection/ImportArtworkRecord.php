<?php

namespace App\Collection;

final class ImportArtworkRecord
{
    public function __construct(
        public readonly string $accession,
        public readonly string $title,
        public readonly string $artist,
        public readonly string $medium,
        public readonly string $description,
    ) {
    }
}
