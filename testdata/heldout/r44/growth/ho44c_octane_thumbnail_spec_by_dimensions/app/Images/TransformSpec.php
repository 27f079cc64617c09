<?php

namespace App\Images;

final class TransformSpec
{
    /**
     * @param list<array<string, mixed>> $operations
     */
    private function __construct(
        public readonly int $width,
        public readonly int $height,
        public readonly string $fit,
        public readonly string $format,
        public readonly int $quality,
        public readonly array $operations,
        public readonly string $signature,
    ) {
    }

    public static function build(int $width, int $height, string $fit, string $format, int $quality): self
    {
        $operations = [
            ['op' => 'autorotate', 'source' => 'exif'],
            ['op' => 'resize', 'width' => $width, 'height' => $height, 'fit' => $fit, 'kernel' => 'lanczos3'],
            ['op' => 'sharpen', 'sigma' => $width <= 320 ? 0.8 : 0.5, 'flat' => 1.0, 'jagged' => 2.0],
            ['op' => 'strip', 'keep' => ['icc', 'copyright']],
            ['op' => 'encode', 'format' => $format, 'quality' => $quality, 'progressive' => $format === 'jpeg'],
        ];

        return new self(
            $width,
            $height,
            $fit,
            $format,
            $quality,
            $operations,
            substr(hash('sha256', json_encode($operations)), 0, 24),
        );
    }

    public function pathSegment(): string
    {
        return sprintf('%dx%d-%s-q%d', $this->width, $this->height, $this->fit, $this->quality);
    }
}
