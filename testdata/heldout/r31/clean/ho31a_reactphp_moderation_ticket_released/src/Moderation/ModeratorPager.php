<?php

namespace Forum\Moderation;

/** Pushes a line to the on-call moderators' channel (a socket in production). */
final class ModeratorPager
{
    private int $pages = 0;
    private int $bytes = 0;

    public function page(string $board, string $line): void
    {
        $this->pages++;
        $this->bytes += strlen("[#{$board}] {$line}\n");
    }
}
