<?php

declare(strict_types=1);

namespace App\Media;

use Monolog\Logger;

final class GeneratePreviews
{
    public function __construct(
        public readonly int $assetId,
        public readonly string $sourcePath,
        public readonly string $mimeType,
        public readonly int $width,
        public readonly int $height,
    ) {
    }
}

final class ImageResizer
{
    /** @return array{0: int, 1: int} */
    public function fit(int $width, int $height, int $box): array
    {
        $ratio = min($box / $width, $box / $height, 1.0);
        return [(int) round($width * $ratio), (int) round($height * $ratio)];
    }
}

final class GeneratePreviewsHandler
{
    private const SIZES = ['small' => 160, 'medium' => 480, 'large' => 1200];

    public function __construct(private ImageResizer $resizer, private Logger $logger)
    {
    }

    public function __invoke(GeneratePreviews $message): void
    {
        $this->logger->info('Generating previews for asset {asset}', [
            'asset' => $message->assetId,
            'source' => $message->sourcePath,
            'mime' => $message->mimeType,
        ]);

        $variants = [];
        foreach (self::SIZES as $name => $box) {
            [$w, $h] = $this->resizer->fit($message->width, $message->height, $box);
            $variants[$name] = sprintf('%s/previews/%s/%dx%d.webp', dirname($message->sourcePath), $name, $w, $h);
        }

        $this->logger->debug('Preview variants written', ['asset' => $message->assetId, 'variants' => $variants]);
    }
}
