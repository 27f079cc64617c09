<?php

declare(strict_types=1);

namespace Media\Handler;

use Media\Message\GenerateThumbnail;
use Media\Messenger\Outcome;

final class GenerateThumbnailHandler
{
    /**
     * @param array<string, int> $widths
     */
    public function __construct(private readonly array $widths)
    {
    }

    public function __invoke(object $message): Outcome
    {
        if (!$message instanceof GenerateThumbnail) {
            return Outcome::Failed;
        }
        foreach ($message->sizes as $size) {
            $width = $this->widths[$size] ?? null;
            if ($width === null) {
                return Outcome::Failed;
            }
            $target = preg_replace('/\.jpg$/', "_{$width}w.webp", $message->sourcePath);
            if ($target === null || $target === $message->sourcePath) {
                return Outcome::Failed;
            }
        }
        return Outcome::Handled;
    }
}
