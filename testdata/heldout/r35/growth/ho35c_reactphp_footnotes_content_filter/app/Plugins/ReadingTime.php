<?php

declare(strict_types=1);

namespace App\Plugins;

final class ReadingTime
{
    public function __construct(private int $wordsPerMinute)
    {
    }

    public function prepend(string $content): string
    {
        $minutes = max(1, (int) ceil(str_word_count(strip_tags($content)) / $this->wordsPerMinute));

        return "<p class=\"reading-time\">{$minutes} min read</p>" . $content;
    }
}
