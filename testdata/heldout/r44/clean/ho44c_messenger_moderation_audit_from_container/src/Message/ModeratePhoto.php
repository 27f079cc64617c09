<?php

namespace App\Message;

final class ModeratePhoto
{
    public function __construct(
        public readonly string $photoId,
        public readonly string $ownerId,
        public readonly int $width,
        public readonly int $height,
        public readonly string $caption,
    ) {
    }
}
